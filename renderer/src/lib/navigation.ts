// The places inside the open vault. Kept in memory only: never in the URL, which could leak into logs.
import type { NationalIdWarningCode } from '@core/domain/national-ids';

/** Which settings field gets the caret on arrival. */
export type SettingsFocus = 'recoveryTest' | 'passphraseChange';

export type View =
  | Readonly<{ kind: 'caseload' }>
  | Readonly<{
      kind: 'programmes';
      /** Opened from "new participant" with no programme yet: the form open, then back there. */
      forNewParticipant?: boolean;
    }>
  | Readonly<{ kind: 'programme'; id: number }>
  | Readonly<{ kind: 'importList'; programmeId: number }>
  | Readonly<{ kind: 'requests' }>
  | Readonly<{ kind: 'retention' }>
  | Readonly<{ kind: 'closeOut'; programmeId: number }>
  | Readonly<{ kind: 'certificates' }>
  | Readonly<{
      kind: 'settings';
      /**
       * From the recovery-passphrase reminder, the test field gets the caret; from the offer
       * after a shredding, the change form does.
       */
      focus?: SettingsFocus;
    }>
  | Readonly<{ kind: 'newParticipant'; programmeId: number | null }>
  | Readonly<{
      kind: 'participant';
      id: number;
      /** A note to bring into view, e.g. when opened from a search result. */
      noteId?: number | null;
      /** Soft national-ID warnings from the save that created this participant. */
      warnings?: readonly NationalIdWarningCode[];
    }>;

export type Navigate = (view: View) => void;
