// The text boundary (main/domain/text.ts): names, file names, folding, confirmations and the
// Nordic sort key, with the examples of issue 11 as written there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  confirmationMatches,
  foldForSearch,
  nameSearchForms,
  nameSortKey,
  normalizeFileName,
  normalizeName,
  searchIndexText,
} from '../../main/domain/text';

const name = (s: string) => {
  const r = normalizeName(s);
  if (!r.ok) throw new Error(r.code);
  return r.text;
};

describe('normalizeName', () => {
  it('stores a decomposed name (macOS, PDF copies) in NFC', () => {
    expect(name('A\u030Ase Ha\u030Akonsen')).toBe('Åse Håkonsen');
  });

  it('removes soft hyphens, zero-width space, joiners, word joiner and BOM', () => {
    expect(name('Ny\u00ADgård')).toBe('Nygård');
    expect(name('Berg\u200Bstrøm')).toBe('Bergstrøm');
    expect(name('\ufeffA\u200cn\u200dn\u2060a')).toBe('Anna');
  });

  it('turns NBSP and other spaces into one plain space, trimmed', () => {
    expect(name('\u00a0Mette\u00a0\u202f Marie ')).toBe('Mette Marie');
  });

  it('keeps a right-to-left mark beside Arabic letters and drops it from a Latin name', () => {
    expect(name('\u200Fمحمد العلي')).toBe('\u200Fمحمد العلي');
    expect(name('\u200FOle')).toBe('Ole');
  });

  it.each([
    '\u202a',
    '\u202b',
    '\u202c',
    '\u202d',
    '\u202e',
    '\u2066',
    '\u2067',
    '\u2068',
    '\u2069',
  ])('refuses the direction control U+%s', (c) => {
    expect(normalizeName(`Ole${c}Hansen`)).toEqual({ ok: false, code: 'directionControl' });
  });
});

describe('normalizeFileName', () => {
  it('refuses CV_Ole_Hansen\\u202Efdp.exe, which shows as CV_Ole_Hansenexe.pdf', () => {
    expect(normalizeFileName('CV_Ole_Hansen\u202Efdp.exe')).toEqual({
      ok: false,
      code: 'directionControl',
    });
  });

  it('stores NFC without format characters', () => {
    expect(normalizeFileName('Ansøgning\u00AD_A\u030Ase.pdf')).toEqual({
      ok: true,
      text: 'Ansøgning_Åse.pdf',
    });
  });
});

describe('search folding', () => {
  it('joins words split by a soft hyphen or zero-width space in the index input', () => {
    expect(searchIndexText('Ny\u00ADgård Berg\u200Bstrøm')).toBe('Nygård Bergstrøm');
  });

  it('folds sorensen, Sørensen and SØRENSEN alike, and ü, æ, å, diacritics', () => {
    expect(foldForSearch('sorensen')).toBe(foldForSearch('Sørensen'));
    expect(foldForSearch('SØRENSEN')).toBe('sorensen');
    expect(foldForSearch('Müller Ærø Åse Élodie')).toBe('muller aero ase elodie');
  });

  it('indexes a name under its plain, digraph and aa spellings', () => {
    const forms = nameSearchForms('Sørensen Ågård Müller').split(' ');
    for (const q of ['sorensen', 'soerensen', 'agard', 'aagaard', 'muller', 'mueller'])
      expect(forms).toContain(foldForSearch(q));
    expect(nameSearchForms('Aagaard').split(' ')).toContain(foldForSearch('Ågård'));
  });

  it('finds Arabic and Hebrew with or without vowel marks, Vietnamese with or without tones', () => {
    expect(foldForSearch('مُحَمَّد')).toBe(foldForSearch('محمد'));
    expect(foldForSearch('\u200Fمحمد')).toBe('محمد');
    expect(foldForSearch('שָׁלוֹם')).toBe(foldForSearch('שלום'));
    expect(foldForSearch('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
  });

  it('folds case for letters whose cases are not one-to-one (Turkish İ, I, ı, i; final sigma)', () => {
    for (const q of ['IŞIK', 'Işık', 'işık', 'ISIK', 'İŞİK']) expect(foldForSearch(q)).toBe('isik');
    expect(foldForSearch('ΟΔΥΣΣΕΑΣ')).toBe(foldForSearch('Οδυσσέας'));
  });
});

describe('confirmationMatches (shared by the window and the core)', () => {
  it('matches a decomposed stored name typed composed, and the reverse', () => {
    expect(confirmationMatches('Åse Håkonsen', 'A\u030Ase Ha\u030Akonsen')).toBe(true);
    expect(confirmationMatches('A\u030Ase Ha\u030Akonsen', 'Åse Håkonsen')).toBe(true);
  });

  it('ignores a right-to-left mark at the start of an Arabic name', () => {
    expect(confirmationMatches('محمد العلي', '\u200Fمحمد العلي')).toBe(true);
    expect(confirmationMatches('\u200Fمحمد العلي', 'محمد العلي')).toBe(true);
  });

  it('ignores NBSP and surrounding spaces, but not a different letter or case', () => {
    expect(confirmationMatches(' Forløb\u00a0Nord ', 'Forløb Nord')).toBe(true);
    expect(confirmationMatches('Forlob Nord', 'Forløb Nord')).toBe(false);
    expect(confirmationMatches('forløb nord', 'Forløb Nord')).toBe(false);
    expect(confirmationMatches('', '')).toBe(false);
  });
});

describe('property: any name survives normalise → search by its NFC and NFD forms', () => {
  it('the stored form folds like the typed NFC and NFD forms, and is a fixed point', () => {
    const letters = fc.constantFrom(
      ...'abcæøåäöüéèñçşğıİIiłđßAÆØÅÄÖÜÉẞ محمدשלוםễệ\u00ad\u200b\u00a0 -'.split(''),
    );
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 24 }), (chars) => {
        const typed = chars.join('');
        const stored = name(typed);
        expect(name(stored)).toBe(stored);
        // Words as the unicode61 tokenizer cuts them: letters, digits and marks.
        const words = (s: string) => s.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
        const folded = words(foldForSearch(stored));
        expect(words(foldForSearch(typed.normalize('NFC')))).toEqual(folded);
        expect(words(foldForSearch(typed.normalize('NFD')))).toEqual(folded);
        expect(words(searchIndexText(typed.normalize('NFD')))).toEqual(
          words(searchIndexText(stored)),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('nameSortKey against Intl.Collator (da, nb)', () => {
  const people: ReadonlyArray<readonly [string, string]> = [
    ['Andersen', 'Anna'],
    ['andersen', 'Bo'],
    ['Berg', 'Ole'],
    ['berg', 'ole'],
    ['Zahle', 'Ib'],
    ['Ågesen', 'Åse'],
    ['Æbelø', 'Eva'],
    ['Østergaard', 'Jens'],
    ['Aagaard', 'Kim'],
    ['aagaard', 'Kim'],
    ['Ärlig', 'Per'],
    ['Öberg', 'Lis'],
    ['Müller', 'Hans'],
    ['Myre', 'Tor'],
    ['Mylius', 'Ane'],
    ['Hansen', 'Mette Marie'],
    ['Hansen', 'Mette'],
    ['Hansen-Berg', 'Ida'],
    ['Hansen Berg', 'Ida'],
    ['Hansenberg', 'Ida'],
    ['Haarby', 'Lone'],
    ['Hz', 'Test'],
    ['de Vries', 'Anne'],
    ['De Vries', 'Anne'],
    ['Dahl', 'Åge'],
    ['Élise', 'Zoé'],
    ['Elise', 'Anna'],
    ['Eliza', 'Ben'],
    ["O'Brien", 'Sean'],
    ['Obrien', 'Sean'],
    ['Sørensen', 'Søren'],
    ['Sorensen', 'Soren'],
    ['Jensen', 'Ole'],
    ['Jensen2', 'Ole'],
    ['Łukasz', 'Ann'],
    ['Lund', 'Per'],
    ['Strauß', 'Eva'],
    ['Strauss', 'Eva'],
    ['Straus', 'Eva'],
    ['Nguyễn', 'Ánh'],
    ['Nguyen', 'Anh'],
  ];

  it.each(['da', 'nb'])(
    'never orders two people against Intl.Collator(%s) at accent strength',
    (locale) => {
      const collator = new Intl.Collator(locale, { sensitivity: 'accent' });
      const byCollator = (a: readonly [string, string], b: readonly [string, string]) =>
        collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]);
      const byKey = (a: readonly [string, string], b: readonly [string, string]) => {
        const [ka, kb] = [nameSortKey(a[0], a[1]), nameSortKey(b[0], b[1])];
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      };
      const wrong: string[] = [];
      for (const a of people)
        for (const b of people) {
          const want = Math.sign(byCollator(a, b));
          if (want !== 0 && Math.sign(byKey(a, b)) !== want)
            wrong.push(`${a.join(', ')} ${want < 0 ? '<' : '>'} ${b.join(', ')}`);
        }
      expect(wrong).toEqual([]);
    },
  );

  it('gives the issue’s order: Andersen, Berg, Zahle, Æbelø, Østergaard, Ågesen, Aagaard', () => {
    const sorted = ['Østergaard', 'Ågesen', 'Zahle', 'Aagaard', 'Æbelø', 'berg', 'Andersen']
      .map((f) => [f, nameSortKey(f, '')] as const)
      .sort((a, b) => (a[1] < b[1] ? -1 : 1))
      .map(([f]) => f);
    expect(sorted).toEqual([
      'Andersen',
      'berg',
      'Zahle',
      'Æbelø',
      'Østergaard',
      'Ågesen',
      'Aagaard',
    ]);
  });

  it('ignores case: Berg and berg have one key', () => {
    expect(nameSortKey('Berg', 'Ole')).toBe(nameSortKey('berg', 'ole'));
  });
});
