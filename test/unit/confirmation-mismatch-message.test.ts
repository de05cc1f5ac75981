// The typed-confirmation error is shown for a person's name (erasure) as well as a programme's
// (close-out), so no language may name only the programme, and each says to type it as shown.
import { describe, expect, it } from 'vitest';
import { da } from '../../renderer/src/i18n/da';
import { en } from '../../renderer/src/i18n/en';
import { nb } from '../../renderer/src/i18n/nb';

const CASES = [
  {
    code: 'en',
    message: en.errors.confirmationMismatch,
    asShown: 'exactly as shown',
    programme: /programme/i,
  },
  {
    code: 'da',
    message: da.errors.confirmationMismatch,
    asShown: 'præcis som vist',
    programme: /forløb/i,
  },
  {
    code: 'nb',
    message: nb.errors.confirmationMismatch,
    asShown: 'nøyaktig slik det vises',
    programme: /forløp|tiltak/i,
  },
] as const;

describe('the confirmation-mismatch message', () => {
  it.each(CASES)(
    'in $code asks for the name exactly as shown, not the programme’s',
    ({ message, asShown, programme }) => {
      expect(message).toContain(asShown);
      expect(message).not.toMatch(programme);
    },
  );
});
