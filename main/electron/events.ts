// Names of the events the main process sends to the renderer (outside the request/response contract).

/** The host locked the vault (idle, screen lock, suspend, worker restart). */
export const LOCKED_EVENT = 'vault:locked';
