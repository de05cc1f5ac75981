// Device settings that are not personal data and must be readable while locked (settings.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

const SettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(240).default(10),
  /** Where encrypted backups go (a network drive, a USB stick); null: none configured. */
  backupFolder: z.string().min(1).max(1000).nullable().default(null),
  backupGenerations: z.number().int().min(1).max(60).default(7),
  /** The consultant's initials, for audit and deletion records. */
  consultant: z.string().min(1).max(40).default('consultant'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

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

export function writeSettings(dataDir: string, settings: Settings): void {
  writeFileAtomic(
    join(dataDir, 'settings.json'),
    JSON.stringify(SettingsSchema.parse(settings)) + '\n',
  );
}
