// Which signals `npm start` passes on to the app it runs. On Windows there are no signals: Ctrl+C (and closing the
// console) already reaches every process attached to the console, the app included, while Node's child.kill() there
// is TerminateProcess, which would kill the app outright before it saves. So on Windows nothing is forwarded and
// `npm start` just waits for the app to finish saving and exit.

/** Whether `npm start` should pass this signal on to its child on this platform. */
export function shouldForwardSignal(signal, platform) {
  if (platform === 'win32') return false;
  return signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP';
}
