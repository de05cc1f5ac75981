// Search text is cleaned of control characters before it reaches FTS5: NUL, C1, bidi controls.
import { describe, expect, it } from 'vitest';
import { cleanSearchText } from '../../main/domain/search';
import { toPrefixQuery } from '../../main/domain/fts-query';

describe('cleanSearchText', () => {
  it('removes a NUL byte, so the word around it still matches', () => {
    expect(cleanSearchText('sam\u0000tale')).toBe('samtale');
    expect(toPrefixQuery(cleanSearchText('\u0000'))).toBeNull();
  });

  it('turns whitespace controls into spaces and removes other C0, DEL and C1 controls', () => {
    expect(cleanSearchText('ærø\tålesund\r\nfjord')).toBe('ærø ålesund  fjord');
    expect(cleanSearchText('a\u0001b\u0002c\u0003d\u001be\u007ff\u0085g\u009fh')).toBe('abcdefgh');
  });

  it('removes bidi controls, zero-width space and BOM, and keeps letters and joiners', () => {
    expect(
      cleanSearchText('\u202eløn\u202c \u2066gæld\u2069 \u200fx\u200e\u061c\u200b\ufeff'),
    ).toBe('løn gæld x');
    expect(cleanSearchText('Søren Ærø – Å\u200d')).toBe('Søren Ærø – Å\u200d');
  });
});
