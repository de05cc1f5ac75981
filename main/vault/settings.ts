// Device settings that are not personal data and must be readable while locked (settings.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

/** Every this many days the app gently asks the consultant to test the recovery passphrase. */
export const RECOVERY_REMINDER_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

const Instant = z.iso.datetime({ offset: true });

const SettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240).default(10),
  /** Where encrypted backups go (a network drive, a USB stick); null: none configured. */
  backupFolder: z.string().min(1).max(1000).nullable().default(null),
  backupGenerations: z.number().int().min(1).max(60).default(7),
  /** The consultant's initials, for audit and deletion records. */
  consultant: z.string().min(1).max(40).default('consultant'),
  /** When the recovery passphrase last proved to open this vault's recovery copy; null: not on this device. */
  recoveryTestedAt: Instant.nullable().default(null),
  /** The test reminder stays away until then (set when it is dismissed, or when its clock starts). */
  recoveryReminderAfter: Instant.nullable().default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The device settings; a missing or damaged file gives the defaults. */
export function readSettings(dataDir: string): Settings {
  const path = join(dataDir, 'settings.json');
  if (!existsSync(path)) return DEFAULT_SETTINGS;
  try {
    return SettingsSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // A damaged settings file falls back to the safe defaults rather than blocking unlock.
    return DEFAULT_SETTINGS;
  }
}

/** Writes the whole settings file atomically, after validating it. */
export function writeSettings(dataDir: string, settings: Settings): void {
  writeFileAtomic(
    join(dataDir, 'settings.json'),
    JSON.stringify(SettingsSchema.parse(settings)) + '\n',
  );
}

/** Reads, changes the given fields, writes; returns the new settings. */
export function updateSettings(dataDir: string, patch: Partial<Settings>): Settings {
  const next = { ...readSettings(dataDir), ...patch };
  writeSettings(dataDir, next);
  return next;
}

/** Records a successful recovery-passphrase test (or a change, or a restore); the reminder restarts its 90 days. */
export function recordRecoveryTested(dataDir: string, now: Date): Settings {
  return updateSettings(dataDir, {
    recoveryTestedAt: now.toISOString(),
    recoveryReminderAfter: null,
  });
}

/** Dismissing the reminder postpones it by 90 days from now. */
export function postponeRecoveryReminder(dataDir: string, now: Date): Settings {
  return updateSettings(dataDir, {
    recoveryReminderAfter: new Date(now.getTime() + RECOVERY_REMINDER_DAYS * DAY_MS).toISOString(),
  });
}

/**
 * When the reminder to test the recovery passphrase is due: 90 days after the last test, or
 * the date a dismissal postponed it to, whichever is later. Null when neither is recorded
 * (a vault from before this setting): the caller starts the clock.
 */
export function recoveryReminderDueAt(settings: Settings): Date | null {
  const afterTest = settings.recoveryTestedAt
    ? Date.parse(settings.recoveryTestedAt) + RECOVERY_REMINDER_DAYS * DAY_MS
    : null;
  const postponed = settings.recoveryReminderAfter
    ? Date.parse(settings.recoveryReminderAfter)
    : null;
  if (afterTest === null && postponed === null) return null;
  return new Date(Math.max(afterTest ?? 0, postponed ?? 0));
}
