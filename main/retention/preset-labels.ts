// The default presets' names in da, nb and en: one list for the screens and the certificate.
// A preset keeps its translated name while its stored name is still the default (English) one;
// once the organisation renames it, their own name is shown as written.
import { DANISH_PRESET_ID, DEFAULT_PRESETS, NORWEGIAN_PRESET_ID } from './policies';

type DefaultPresetId = typeof DANISH_PRESET_ID | typeof NORWEGIAN_PRESET_ID;

const DEFAULT_NAMES: ReadonlyMap<string, string> = new Map(
  DEFAULT_PRESETS.map((p) => [p.id, p.name]),
);

export type PresetLabelLocale = 'da' | 'nb' | 'en';

export const PRESET_LABELS: Readonly<
  Record<PresetLabelLocale, Readonly<Record<DefaultPresetId, string>>>
> = {
  da: {
    'dk-jobcentre-coaching': 'Dansk jobcenterforløb',
    'no-recruitment-guidance': 'Norsk rekruttering og vejledning',
  },
  nb: {
    // The Norwegian screens say "tiltak" for a programme, never "forløp".
    'dk-jobcentre-coaching': 'Dansk jobbsentertiltak',
    'no-recruitment-guidance': 'Norsk rekruttering og veiledning',
  },
  en: {
    'dk-jobcentre-coaching': 'Danish job-centre coaching',
    'no-recruitment-guidance': 'Norwegian recruitment and guidance',
  },
};

/** A preset's name in the reader's language, or its stored name once renamed; null if neither is known. */
export function presetLabel(
  presetId: string | null,
  storedName: string | undefined,
  locale: PresetLabelLocale,
): string | null {
  const defaultName = presetId === null ? undefined : DEFAULT_NAMES.get(presetId);
  if (defaultName !== undefined && (storedName === undefined || storedName === defaultName))
    return PRESET_LABELS[locale][presetId as DefaultPresetId];
  return storedName ?? null;
}
