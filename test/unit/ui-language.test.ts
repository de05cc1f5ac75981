// The renderer's language choice: stored code first, then the system language, then Danish.
import { describe, expect, it } from 'vitest';
import {
  defaultProgrammeCountry,
  languageFromTag,
  localeFor,
  pickLanguage,
} from '../../renderer/src/i18n/language';

describe('UI language', () => {
  it('reads all Norwegian variants as bokmål', () => {
    for (const tag of ['nb', 'nb-NO', 'no', 'nn-NO', 'NO']) expect(languageFromTag(tag)).toBe('nb');
  });

  it('maps Danish and English, and nothing else', () => {
    expect(languageFromTag('da-DK')).toBe('da');
    expect(languageFromTag('en-US')).toBe('en');
    expect(languageFromTag('de-DE')).toBeNull();
    expect(languageFromTag('dan')).toBeNull();
  });

  it('prefers a valid stored choice, then the first supported system language, then Danish', () => {
    expect(pickLanguage('en', ['da-DK'])).toBe('en');
    expect(pickLanguage('xx', ['fr-FR', 'nn-NO'])).toBe('nb');
    expect(pickLanguage(null, ['fr-FR', 'de-DE'])).toBe('da');
  });

  it('keeps the system locale for dates when it is the same language', () => {
    expect(localeFor('en', ['en-US'])).toBe('en-US');
    expect(localeFor('en', ['da-DK'])).toBe('en-GB');
    expect(localeFor('nb', ['nn-NO'])).toBe('nn-NO');
  });

  it('starts a new programme in the country of the UI language (English keeps Denmark)', () => {
    expect(defaultProgrammeCountry('nb')).toBe('NO');
    expect(defaultProgrammeCountry('da')).toBe('DK');
    expect(defaultProgrammeCountry('en')).toBe('DK');
  });
});
