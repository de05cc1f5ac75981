// Logger port. Callers pass an event name and non-personal fields only; messages from
// third-party code (the SQLite driver) are scrubbed of quoted text and long numbers first.

export type LogFields = Readonly<Record<string, string | number | boolean>>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Removes anything that could be data: quoted literals, hex/blob literals, digit runs. */
export function scrubDriverMessage(message: string): string {
  return (
    message
      .replace(/x'[0-9a-fA-F]*'/g, "x'…'")
      .replace(/'(?:[^']|'')*'/g, "'…'")
      .replace(/"(?:[^"]|"")*"/g, '"…"')
      // A path can hold a user name and spaces; SQLite puts paths last, so drop the rest.
      .replace(/(?:[A-Za-z]:)?[\\/].*$/s, '<path>')
      .replace(/\d{4,}/g, '#')
      .replace(/VALUES\s*\(.*$/is, 'VALUES (…)')
      .slice(0, 200)
  );
}

/** JSON lines on stderr: never stdout, which CLI users pipe. */
export const stderrLogger: Logger = {
  info: (event, fields) => write('info', event, fields),
  warn: (event, fields) => write('warn', event, fields),
  error: (event, fields) => write('error', event, fields),
};

function write(level: string, event: string, fields?: LogFields): void {
  if (level === 'info' && process.env.FORTROLIG_LOG !== 'debug') return;
  process.stderr.write(JSON.stringify({ level, event, ...fields }) + '\n');
}

/** Collects entries in memory; used by tests to prove what is (and is not) logged. */
export class MemoryLogger implements Logger {
  readonly entries: { level: string; event: string; fields?: LogFields }[] = [];
  info(event: string, fields?: LogFields): void {
    this.entries.push({ level: 'info', event, fields });
  }
  warn(event: string, fields?: LogFields): void {
    this.entries.push({ level: 'warn', event, fields });
  }
  error(event: string, fields?: LogFields): void {
    this.entries.push({ level: 'error', event, fields });
  }
}
