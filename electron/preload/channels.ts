/** The only IPC channels between preload and main; both sides import them from here. */
export const INVOKE_CHANNEL = 'qm:invoke';
export const EVENT_CHANNEL = 'qm:event';
