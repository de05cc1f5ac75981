// The types every feature's handlers are written against: the core a handler is called with,
// and the handler table's shape (one function per contract channel). Kept apart from
// handlers.ts, which combines the features' tables, so no feature imports the combiner.
import type { Vault } from '../vault/vault';
import type { ChannelInput, ChannelName, ChannelOutput } from './contract';

export type Core = Readonly<{
  vault: Vault;
  dataDir: string;
  now: () => Date;
  /** Who acts, for the audit trail (the consultant's initials); defaults to "consultant". */
  actor?: string;
  /**
   * Asks the consultant to pick a backup file (the Electron shell shows its open dialog; the
   * test bridge answers a path the test prepared). Resolves to the chosen path, or null when
   * cancelled. The path never reaches the page. Without a picker, restore is unavailable.
   */
  pickBackupFile?: () => Promise<string | null>;
  /**
   * Asks the consultant to pick a backup pair's key file (….key.json) to put back beside a
   * vault whose key file is missing; same rules as `pickBackupFile`. Without it, the page's
   * "put back the key file" answers cancelled.
   */
  pickKeyFile?: () => Promise<string | null>;
  /**
   * Asks the consultant to pick the backup folder (the OS folder dialog; the test bridge answers
   * a folder the test prepared); same rules as `pickBackupFile`. Without it, choosing a backup
   * folder answers cancelled.
   */
  pickFolder?: () => Promise<string | null>;
  /**
   * Asks the consultant to pick an enrolment list (CSV or XLSX) to import; same rules as
   * `pickBackupFile`. The file is read in memory here and never copied. Without it, opening a
   * list answers cancelled.
   */
  pickImportList?: () => Promise<string | null>;
}>;

export type HandlerTable = {
  readonly [C in ChannelName]: (core: Core, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};
