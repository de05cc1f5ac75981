// Which column of an enrolment list holds what: headers in Danish, Norwegian or English, as job
// centres, NAV offices and people's own spreadsheets write them ("CPR-nr.", "Fødselsnummer",
// "Fornavn(e)", "Etternavn", "E-post", "Tlf.", "Startdato", "Sluttdato" …), matched on
// normalised words and common abbreviations rather than an exact list. Renderer-safe: no node:*.

/** The fields a list column can fill, in the order the preview shows them. */
export const IMPORT_FIELDS = [
  'nationalId',
  'givenName',
  'middleName',
  'familyName',
  'fullName',
  'email',
  'phone',
  'address',
  'startsOn',
  'endsOn',
  'status',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per column: the field it fills, or null when the column is not imported. */
export type ColumnMapping = readonly (ImportField | null)[];

/**
 * The words a header is known by, per field, in normalised form (see headerKey): lower case,
 * æ→ae, ø→o, å→a, other diacritics removed, punctuation as spaces. `words` match a whole word of
 * the header or the whole header with its spaces removed; `stems` (5 letters or more) also match
 * the start of a word, so "fornavne" and "etternavnet" are found.
 */
const VOCABULARY: Readonly<Record<ImportField, { words: string[]; stems: string[] }>> = {
  nationalId: {
    words: [
      'cpr',
      'cprnr',
      'cprnummer',
      'fnr',
      'pnr',
      'ssn',
      'personnr',
      'fodselsnr',
      'dnr',
      'idnr',
      'nationalid',
      'personalid',
    ],
    stems: [
      'personnummer',
      'fodselsnummer',
      'personnumber',
      'dnummer',
      'identitetsnummer',
      'idnummer',
      'personalidentitynumber',
      'nationalidentitynumber',
    ],
  },
  givenName: {
    words: ['fornavn', 'firstname', 'givenname', 'forename', 'fornamn'],
    stems: ['fornavn', 'firstname', 'givenname', 'forenavn'],
  },
  middleName: {
    words: ['mellemnavn', 'mellomnavn', 'middlename'],
    stems: ['mellemnavn', 'mellomnavn', 'middlename'],
  },
  familyName: {
    words: [
      'efternavn',
      'etternavn',
      'surname',
      'lastname',
      'familyname',
      'slektsnavn',
      'familienavn',
      'efternamn',
    ],
    stems: [
      'efternavn',
      'etternavn',
      'surname',
      'lastname',
      'familyname',
      'slektsnavn',
      'familienavn',
    ],
  },
  fullName: {
    words: [
      'navn',
      'name',
      'fuldenavn',
      'fulltnavn',
      'fullname',
      'deltager',
      'deltaker',
      'deltagernavn',
      'deltakernavn',
      'borger',
      'borgernavn',
      'participant',
    ],
    stems: ['deltagernavn', 'deltakernavn', 'borgernavn', 'participantname'],
  },
  email: {
    words: [
      'email',
      'mail',
      'epost',
      'emailadresse',
      'epostadresse',
      'mailadresse',
      'emailaddress',
      'mailaddress',
    ],
    stems: ['emailadr', 'epostadr', 'mailadr'],
  },
  phone: {
    words: [
      'tlf',
      'tlfnr',
      'telefon',
      'mobil',
      'mobilnr',
      'phone',
      'mobile',
      'tel',
      'telnr',
      'cell',
      'mob',
    ],
    stems: [
      'telefon',
      'mobilnummer',
      'mobiltelefon',
      'phonenumber',
      'telephone',
      'mobilephone',
      'mobilnr',
    ],
  },
  address: {
    words: [
      'adresse',
      'address',
      'adr',
      'bopael',
      'bosted',
      'postadresse',
      'gadeadresse',
      'gateadresse',
    ],
    stems: ['adresse', 'address', 'postadr'],
  },
  startsOn: {
    words: [
      'start',
      'startdato',
      'startdate',
      'oppstart',
      'oppstartsdato',
      'fra',
      'fradato',
      'from',
      'begin',
      'startet',
      'tilmeldt',
      'henvist',
      'henvisningsdato',
      'fromdate',
      'begyndt',
    ],
    stems: [
      'startdato',
      'startdate',
      'oppstart',
      'tilmeldingsdato',
      'henvisningsdato',
      'pabegyndt',
      'begyndelsesdato',
    ],
  },
  endsOn: {
    words: [
      'slut',
      'slutt',
      'slutdato',
      'sluttdato',
      'end',
      'enddate',
      'til',
      'tildato',
      'to',
      'todate',
      'afsluttet',
      'avsluttet',
      'ophor',
      'ophort',
    ],
    stems: ['slutdato', 'sluttdato', 'enddate', 'afslutningsdato', 'avslutningsdato', 'ophorsdato'],
  },
  status: {
    words: ['status', 'tilstand', 'state', 'forlobsstatus', 'forlopsstatus'],
    stems: ['status'],
  },
};

/**
 * A header's normalised key: NFKD, diacritics removed, lower case, æ→ae, ø→o, å→a (Danish and
 * Norwegian letters NFKD keeps), ß→ss, everything not a letter or digit as one space, trimmed.
 * "CPR-nr." → "cpr nr", "Fødselsnummer" → "fodselsnummer", "E-mail" → "e mail".
 */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** How well `header` names `field`: 0 (not at all) to 3 (the whole header is one of its words). */
function score(key: string, field: ImportField): number {
  if (key === '') return 0;
  const { words, stems } = VOCABULARY[field];
  const compact = key.replace(/ /g, '');
  if (words.includes(compact) || stems.includes(compact)) return 3;
  const parts = key.split(' ');
  if (stems.some((s) => compact.startsWith(s))) return 2;
  if (parts.some((w) => words.includes(w) || stems.some((s) => w.startsWith(s)))) return 1;
  return 0;
}

/**
 * A suggested mapping for `headers`: a header the consultant mapped before for this funder
 * (`remembered`, keyed by headerKey; null there means "ignore") keeps that choice; every other
 * header goes to the field it names best. Each field is given to at most one column (the best
 * match, then the leftmost), and a full-name column is only suggested when no given-name and
 * family-name columns were found.
 */
export function suggestMapping(
  headers: readonly string[],
  remembered: Readonly<Record<string, ImportField | null>> = {},
): (ImportField | null)[] {
  const keys = headers.map(headerKey);
  const mapping: (ImportField | null)[] = keys.map(() => null);
  const taken = new Set<ImportField>();
  keys.forEach((key, i) => {
    if (!Object.prototype.hasOwnProperty.call(remembered, key)) return;
    const field = remembered[key] ?? null;
    if (field !== null && (taken.has(field) || !isImportField(field))) return;
    mapping[i] = field;
    if (field) taken.add(field);
  });
  const rememberedAt = new Set(
    keys.flatMap((k, i) => (Object.prototype.hasOwnProperty.call(remembered, k) ? [i] : [])),
  );
  const candidates: { column: number; field: ImportField; score: number }[] = [];
  keys.forEach((key, column) => {
    if (rememberedAt.has(column)) return;
    for (const field of IMPORT_FIELDS) {
      const s = score(key, field);
      if (s > 0) candidates.push({ column, field, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const c of candidates) {
    if (mapping[c.column] !== null || taken.has(c.field)) continue;
    mapping[c.column] = c.field;
    taken.add(c.field);
  }
  // "Navn" beside "Fornavn" and "Efternavn" is a display copy; the split columns are better.
  if (taken.has('givenName') && taken.has('familyName')) {
    const full = mapping.indexOf('fullName');
    if (full >= 0 && !rememberedAt.has(full)) mapping[full] = null;
  }
  return mapping;
}

/**
 * `known` with each of `headers` set to the field `mapping` gives its column (null: ignored),
 * keyed by headerKey; headers with no words are left out. Returns a new object.
 */
export function withHeaderMapping(
  known: Readonly<Record<string, ImportField | null>>,
  headers: readonly string[],
  mapping: ColumnMapping,
): Record<string, ImportField | null> {
  const next = { ...known };
  headers.forEach((header, i) => {
    const key = headerKey(header);
    if (key !== '') next[key] = mapping[i] ?? null;
  });
  return next;
}

/**
 * Whether `value` is one of the fields an enrolment list's column can be mapped to (IMPORT_FIELDS).
 */
export function isImportField(value: unknown): value is ImportField {
  return typeof value === 'string' && (IMPORT_FIELDS as readonly string[]).includes(value);
}

export type MappingProblem = 'nationalIdColumnMissing' | 'nameColumnMissing' | 'fieldTwice';

/**
 * What a mapping lacks before any row can be read: a national-ID column (the list's key: people
 * already in the vault are found by it), a name (given and family name, or a full name), and
 * each field at most once. Empty when the mapping is usable.
 */
export function mappingProblems(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const fields = mapping.filter((f): f is ImportField => f !== null);
  if (new Set(fields).size !== fields.length) problems.push('fieldTwice');
  if (!fields.includes('nationalId')) problems.push('nationalIdColumnMissing');
  const named =
    fields.includes('fullName') || (fields.includes('givenName') && fields.includes('familyName'));
  if (!named) problems.push('nameColumnMissing');
  return problems;
}
