/** The IPC channel the host's pushes travel on, from the Electron shell to the preload. */
export const PUSH_CHANNEL = 'groundwork:push';
