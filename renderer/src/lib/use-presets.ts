// The retention presets, for naming the rule behind a due item: a cached read, fetched again
// after a preset is saved (stale-after.ts).
import type { Preset } from './retention-words';
import { useVaultQuery } from './vault-query';

const NONE: readonly Preset[] = [];

/** The presets ([] until the first answer, or when it failed). */
export function usePresets(): readonly Preset[] {
  return useVaultQuery('retention.presets.list', {}).data ?? NONE;
}
