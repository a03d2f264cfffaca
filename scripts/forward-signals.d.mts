/** Whether `npm start` should pass this signal on to its child on this platform (never on Windows). */
export function shouldForwardSignal(signal: string, platform: NodeJS.Platform): boolean;
