// The reason a retention item is listed speaks in the tense of its date (issue 13, words): a
// programme or agreement whose end is still ahead "slutter" / "slutter" / "ends", never
// "sluttede" / "sluttet" / "ended", and one that has ended reads in the past.
import i18next, { type TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { da } from '../../../renderer/src/i18n/da';
import { en } from '../../../renderer/src/i18n/en';
import { nb } from '../../../renderer/src/i18n/nb';
import type { Language } from '../../../renderer/src/i18n/language';
import { dueReason, type DueItem } from '../../../renderer/src/lib/retention-words';

const TODAY = '2026-11-30';

function item(trigger: DueItem['trigger'], since: string): DueItem {
  return {
    key: `k-${trigger}-${since}`,
    scope: { kind: 'programme', programmeId: 1 },
    label: 'Jobsøgning efterår',
    categories: ['participant'],
    trigger,
    period: 'P0D',
    presetId: 'dk-jobcentre-coaching',
    since,
    dueOn: since,
    effectiveOn: since,
    postponedUntil: null,
    action: 'prompt',
  };
}

const ts: Partial<Record<Language, TFunction>> = {};

beforeAll(async () => {
  // formatDay reads the system's language tags; Node 20 has no navigator of its own.
  vi.stubGlobal('navigator', { language: 'en-GB', languages: ['en-GB'] });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T12:00:00`));
  for (const lng of ['da', 'nb', 'en'] as const) {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { da: { translation: da }, nb: { translation: nb }, en: { translation: en } },
      lng,
      interpolation: { escapeValue: false },
    });
    ts[lng] = i18n.t;
  }
});

afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const reason = (lng: Language, trigger: DueItem['trigger'], since: string) =>
  dueReason(item(trigger, since), [], ts[lng] as TFunction, lng);

const EXPECTED = {
  da: {
    programmeEnd: ['Forløbet slutter', 'Forløbet sluttede'],
    agreementEnd: ['Aftalen ophører', 'Aftalen ophørte'],
  },
  nb: {
    programmeEnd: ['Tiltaket slutter', 'Tiltaket sluttet'],
    agreementEnd: ['Avtalen opphører', 'Avtalen opphørte'],
  },
  en: {
    programmeEnd: ['Programme ends', 'Programme ended'],
    agreementEnd: ['Agreement ends', 'Agreement ended'],
  },
} as const;

describe('a due item’s reason is in the tense of its date', () => {
  for (const lng of ['da', 'nb', 'en'] as const) {
    for (const trigger of ['programmeEnd', 'agreementEnd'] as const) {
      const [future, past] = EXPECTED[lng][trigger];
      it(`${lng} ${trigger}: a date ahead reads "${future}", one behind "${past}"`, () => {
        const ahead = reason(lng, trigger, '2026-12-31');
        expect(ahead.startsWith(`${future} `)).toBe(true);
        expect(ahead).not.toContain(past);
        const behind = reason(lng, trigger, '2026-10-31');
        expect(behind.startsWith(`${past} `)).toBe(true);
      });
    }
  }

  it('the rule and the preset follow the reason, in the reader’s language', () => {
    expect(reason('nb', 'programmeEnd', '2026-12-31')).toMatch(
      /^Tiltaket slutter .+ — regel: Dansk jobbsentertiltak, ved tiltakets slutt$/,
    );
    expect(reason('da', 'lastContact', '2026-10-31')).toMatch(/^Seneste kontakt .+ — regel: /);
  });
});
