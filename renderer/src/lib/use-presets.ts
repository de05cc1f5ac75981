// The retention presets, for naming the rule behind a due item.
import { useEffect, useState } from 'react';
import type { Preset } from './retention-words';

export function usePresets(): readonly Preset[] {
  const [presets, setPresets] = useState<readonly Preset[]>([]);
  useEffect(() => {
    let live = true;
    void window.vault['retention.presets.list']({}).then(
      (r) => live && r.ok && setPresets(r.value),
    );
    return () => {
      live = false;
    };
  }, []);
  return presets;
}
