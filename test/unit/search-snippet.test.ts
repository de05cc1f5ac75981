// Search snippets: a window around the first hit, prefix hits marked with control characters, text otherwise untouched.
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_END as E, HIGHLIGHT_START as S, snippet } from '../../main/domain/search';
import { toPrefixQuery } from '../../main/domain/fts-query';

describe('snippet', () => {
  it('marks words that start with a query term, keeping æ/ø/å distinct', () => {
    expect(snippet('Han får et job, hans far hjalp', ['får'])).toBe(
      `Han ${S}får${E} et job, hans far hjalp`,
    );
    expect(snippet('Ansøgningen er sendt', ['ansøg'])).toBe(`${S}Ansøgningen${E} er sendt`);
  });

  it('cuts a window with ellipses around the first hit in long text', () => {
    const text =
      Array.from({ length: 60 }, (_, i) => `ord${i}`).join(' ') + ' kørekort ' + 'slut '.repeat(30);
    const out = snippet(text, ['kørekort']);
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain(`${S}kørekort${E}`);
    expect(out.length).toBeLessThan(200);
  });

  it('leaves markup as text for the renderer to show inert', () => {
    expect(snippet('<script>alert(1)</script> samtale', ['samtale'])).toBe(
      `<script>alert(1)</script> ${S}samtale${E}`,
    );
  });
});

describe('toPrefixQuery', () => {
  it('quotes every word so FTS5 syntax typed by a user is inert', () => {
    expect(toPrefixQuery('får NEAR(x) "OR" -y*')).toBe('"får"* "NEAR"* "x"* "OR"* "y"*');
    expect(toPrefixQuery('  ')).toBeNull();
  });
});
