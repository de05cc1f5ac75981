// A deletion certificate in the reader's words (da, nb, en): one sheet of labelled facts that the
// PDF (main process) and the in-app view (window) both lay out, so the two never say different
// things. Renderer-safe: no node imports. No internal ids: rules, presets and programmes by name.
import { CATEGORY_LABELS, type CategoryLabelKey } from './category-labels';
import { PLACEHOLDER_CONSULTANT, type CertificateBody } from './certificate-body';
import { presetLabel } from './preset-labels';

export type CertificateLocale = 'da' | 'nb' | 'en';

/** Who issues the certificate (Settings); empty strings when not set. */
export type CertificateIssuer = Readonly<{
  consultantName: string;
  organisationName: string;
  organisationAddress: string;
}>;

export type CertificateInput = Readonly<{
  id: number;
  hash: string;
  body: CertificateBody;
  oldKeyDestroyed: boolean;
  /** For a record written as 'backupReplacementFollows': whether the finishing step is done. */
  backupsReplaced?: boolean;
}>;

export type CertificateContext = Readonly<{
  issuer: CertificateIssuer;
  /** The programme for a record that does not carry it (written before it was kept). */
  programme?: Readonly<{ name: string; funder: string }> | null;
  /** The zone for a record that does not carry one: the machine's. */
  timeZone: string;
}>;

export type SheetRow = Readonly<{ key: string; label: string; value: string }>;

export type CertificateSheet = Readonly<{
  /** "Slettebevis nr. 3" */
  title: string;
  /** "Afslutning af forløb" */
  kind: string;
  /** Letterhead: the organisation's name and address lines (a "not set" note when missing). */
  organisation: Readonly<{ label: string; set: boolean; name: string; address: readonly string[] }>;
  facts: readonly SheetRow[];
  counts: Readonly<{ heading: string; rows: readonly SheetRow[] }>;
  /** Copies the shredding cannot reach, that they still open with the passphrase, and what to do. */
  beyondReach: Readonly<{ heading: string; paragraphs: readonly string[] }>;
  verification: Readonly<{
    label: string;
    code: string;
    howTo: string;
    fingerprintLabel: string;
    fingerprint: string;
  }>;
  footer: string;
  /** File name without extension, in the reader's language, with no personal data. */
  fileBase: string;
}>;

type Words = Readonly<{
  title: string;
  fileStem: string;
  numberWord: string;
  kind: Record<CertificateBody['kind'], string>;
  organisation: string;
  consultant: string;
  programme: string;
  funder: string;
  at: string;
  atValue: (date: string, time: string, zone: string) => string;
  rule: string;
  source: string;
  allData: string;
  erased: string;
  kept: string;
  keptValue: (kept: string) => string;
  request: string;
  requestValue: (id: number, receivedOn: string) => string;
  keptByLaw: string;
  keptByLawValue: (count: string, category: string, preset: string, until: string | null) => string;
  paper: string;
  paperLine: (shredded: string, none: string) => string;
  crypto: string;
  cryptoLine: string;
  cryptoPending: string;
  backups: string;
  backupLines: Record<'done' | 'pending' | 'noFolder', string>;
  counts: string;
  noCounts: string;
  beyondReach: string;
  beyondReachText: readonly [where: string, stillOpens: string, whatToDo: string];
  verification: string;
  howTo: (id: number) => string;
  fingerprint: string;
  notSet: string;
  footer: string;
  triggers: Record<string, string>;
  at0: Record<string, string>;
  after: Record<string, (period: string) => string>;
  units: Record<'years' | 'months' | 'weeks' | 'days', [one: string, other: string]>;
  and: string;
  /** After a rule the privacy notice does not name. */
  ownChoice: string;
}>;

/**
 * The certificate's words per language: the one source of every text a certificate shows, in its
 * PDF and in the window (the glossary test reads every one; the certificates list takes its
 * verification label from here; test/unit/certificate-text-lives-once.test.ts keeps copies out of
 * the renderer's translations).
 */
export const WORDS: Readonly<Record<CertificateLocale, Words>> = {
  da: {
    title: 'Slettebevis',
    fileStem: 'slettebevis',
    numberWord: 'nr',
    kind: {
      programmeCloseOut: 'Afslutning af forløb',
      participantErasure: 'Sletning af én deltager',
      categoryPurge: 'Sletning efter en sletteregel (én kategori for én deltager)',
    },
    organisation: 'Organisation',
    consultant: 'Konsulent',
    programme: 'Forløb',
    funder: 'Opdragsgiver',
    at: 'Tidspunkt',
    atValue: (date, time, zone) => `${date} kl. ${time} (${zone})`,
    rule: 'Regel',
    source: 'kilde',
    allData: 'Alle oplysninger',
    ownChoice: 'organisationens eget valg, ikke nævnt i privatlivspolitikken',
    erased: 'Deltagere slettet helt',
    kept: 'Deltagere, der fortsætter i andre forløb',
    keptValue: (k) => `${k} (for dem er kun dette forløbs data slettet)`,
    request: 'Anmodning',
    requestValue: (id, on) => `Nr. ${id}, modtaget ${on}`,
    keptByLaw: 'Bevaret, fordi en regel kræver det',
    keptByLawValue: (count, category, preset, until) =>
      `${count} ${category.toLowerCase()} (${preset}) ${until ? `til ${until}` : 'så længe aftalen gælder'}`,
    paper: 'Papirnotater',
    paperLine: (s, n) => `${s} makuleret, ${n} uden papirnotater`,
    crypto: 'Krypteringsnøgle',
    cryptoLine: 'Arkivet er krypteret med en ny nøgle; den gamle nøgle er destrueret.',
    cryptoPending:
      'Afventer: Arkivet krypteres med en ny nøgle, og den gamle nøgle destrueres, når Fortrolig gør makuleringen færdig (næste gang du låser op). Beviset viser det, så snart det er sket.',
    backups: 'Sikkerhedskopier',
    backupLines: {
      done: 'Ældre kopier er slettet, og en ny er taget.',
      pending:
        'Afventer: Ældre kopier slettes, og en ny tages, når mappen til sikkerhedskopier kan nås. Beviset viser det, så snart det er sket.',
      noFolder: 'Ingen mappe til sikkerhedskopier er valgt.',
    },
    counts: 'Slettede oplysninger',
    noCounts: 'Ingen',
    beyondReach: 'Kopier uden for Fortroligs rækkevidde',
    beyondReachText: [
      'Fortrolig kan ikke nå kopier af datamappen eller af sikkerhedskopierne, der er lavet uden om appen: på et andet drev eller en USB-nøgle, i en sikkerhedskopi fra styresystemet (fx Time Machine eller Windows Filhistorik), i en synkroniseringstjeneste eller i en roamingprofil på en server.',
      'En sådan kopi kan stadig åbnes med den nuværende adgangssætning til gendannelse. Åbnes den i Fortrolig på denne computer, gentages de sletninger, der er registreret, siden kopien blev lavet, før noget vises.',
      'Sådan sikrer du, at ingen kan åbne sådanne kopier: Skift adgangssætningen til gendannelse, og makulér den gamle, hvis du har skrevet den ned (ældre kopier kan kun åbnes med den gamle). Slet de kopier, du kender til.',
    ],
    verification: 'Kontrolkode',
    howTo: (id) =>
      `Koden er begyndelsen af postens fingeraftryk i Fortroligs slettekæde. Sådan kontrolleres den: åbn Slettebeviser i Fortrolig; kæden skal stå som ubrudt, og post nr. ${id} skal vise samme kode.`,
    fingerprint: 'Fingeraftryk (SHA-256)',
    notSet: 'Ikke angivet',
    footer:
      'Beviset indeholder ingen oplysninger om deltagerne: ingen navne, personnumre eller notatindhold.',
    triggers: {
      request: 'Deltagerens anmodning om sletning',
      due: 'Slettefristen for deltagerens oplysninger var nået',
    },
    at0: {
      programmeEnd: 'ved forløbets afslutning',
      lastContact: 'ved seneste kontakt',
      agreementEnd: 'når aftalen ophører',
      reconfirmation: 'når det ikke er bekræftet igen',
    },
    after: {
      programmeEnd: (p) => `${p} efter forløbets afslutning`,
      lastContact: (p) => `${p} efter seneste kontakt`,
      agreementEnd: (p) => `${p} efter aftalens ophør`,
      reconfirmation: (p) => `når det ikke er bekræftet igen inden for ${p}`,
    },
    units: {
      years: ['år', 'år'],
      months: ['måned', 'måneder'],
      weeks: ['uge', 'uger'],
      days: ['dag', 'dage'],
    },
    and: 'og',
  },
  nb: {
    title: 'Sletteattest',
    fileStem: 'sletteattest',
    numberWord: 'nr',
    kind: {
      programmeCloseOut: 'Avslutning av tiltak',
      participantErasure: 'Sletting av én deltaker',
      categoryPurge: 'Sletting etter en sletteregel (én kategori for én deltaker)',
    },
    organisation: 'Organisasjon',
    consultant: 'Konsulent',
    programme: 'Tiltak',
    funder: 'Oppdragsgiver',
    at: 'Tidspunkt',
    atValue: (date, time, zone) => `${date} kl. ${time} (${zone})`,
    rule: 'Regel',
    source: 'kilde',
    allData: 'Alle opplysninger',
    ownChoice: 'virksomhetens eget valg, ikke nevnt i personvernerklæringen',
    erased: 'Deltakere slettet helt',
    kept: 'Deltakere som fortsetter i andre tiltak',
    keptValue: (k) => `${k} (for dem er bare dette tiltakets data slettet)`,
    request: 'Forespørsel',
    requestValue: (id, on) => `Nr. ${id}, mottatt ${on}`,
    keptByLaw: 'Beholdt fordi en regel krever det',
    keptByLawValue: (count, category, preset, until) =>
      `${count} ${category.toLowerCase()} (${preset}) ${until ? `til ${until}` : 'så lenge avtalen gjelder'}`,
    paper: 'Papirnotater',
    paperLine: (s, n) => `${s} makulert, ${n} uten papirnotater`,
    crypto: 'Krypteringsnøkkel',
    cryptoLine: 'Arkivet er kryptert med en ny nøkkel; den gamle nøkkelen er destruert.',
    cryptoPending:
      'Venter: Arkivet krypteres med en ny nøkkel, og den gamle nøkkelen destrueres når Fortrolig fullfører makuleringen (neste gang du låser opp). Attesten viser det så snart det er gjort.',
    backups: 'Sikkerhetskopier',
    backupLines: {
      done: 'Eldre kopier er slettet, og en ny er tatt.',
      pending:
        'Venter: Eldre kopier slettes, og en ny tas når mappen for sikkerhetskopier kan nås. Attesten viser det så snart det er gjort.',
      noFolder: 'Ingen mappe for sikkerhetskopier er valgt.',
    },
    counts: 'Slettede opplysninger',
    noCounts: 'Ingen',
    beyondReach: 'Kopier utenfor Fortroligs rekkevidde',
    beyondReachText: [
      'Fortrolig kan ikke nå kopier av datamappen eller av sikkerhetskopiene som er laget utenom appen: på en annen disk eller en minnepinne, i en sikkerhetskopi fra operativsystemet (for eksempel Time Machine eller Windows Filhistorikk), i en synkroniseringstjeneste eller i en roamingprofil på en server.',
      'En slik kopi kan fortsatt åpnes med den nåværende passordfrasen for gjenoppretting. Åpnes den i Fortrolig på denne datamaskinen, gjentas slettingene som er registrert siden kopien ble laget, før noe vises.',
      'Slik sikrer du at ingen kan åpne slike kopier: Bytt passordfrasen for gjenoppretting, og makuler den gamle hvis du har skrevet den ned (eldre kopier kan bare åpnes med den gamle). Slett kopiene du vet om.',
    ],
    verification: 'Kontrollkode',
    howTo: (id) =>
      `Koden er begynnelsen av postens fingeravtrykk i Fortroligs slettekjede. Slik kontrollerer du den: åpne Sletteattester i Fortrolig; kjeden skal stå som ubrutt, og post nr. ${id} skal vise samme kode.`,
    fingerprint: 'Fingeravtrykk (SHA-256)',
    notSet: 'Ikke angitt',
    footer:
      'Attesten inneholder ingen opplysninger om deltakerne: ingen navn, ID-numre eller notatinnhold.',
    triggers: {
      request: 'Deltakerens forespørsel om sletting',
      due: 'Slettefristen for deltakerens opplysninger var nådd',
    },
    at0: {
      programmeEnd: 'ved tiltakets slutt',
      lastContact: 'ved siste kontakt',
      agreementEnd: 'når avtalen opphører',
      reconfirmation: 'når det ikke er bekreftet på nytt',
    },
    after: {
      programmeEnd: (p) => `${p} etter tiltakets slutt`,
      lastContact: (p) => `${p} etter siste kontakt`,
      agreementEnd: (p) => `${p} etter avtalens opphør`,
      reconfirmation: (p) => `når det ikke er bekreftet på nytt innen ${p}`,
    },
    units: {
      years: ['år', 'år'],
      months: ['måned', 'måneder'],
      weeks: ['uke', 'uker'],
      days: ['dag', 'dager'],
    },
    and: 'og',
  },
  en: {
    title: 'Deletion certificate',
    fileStem: 'deletion-certificate',
    numberWord: 'no',
    kind: {
      programmeCloseOut: 'Programme close-out',
      participantErasure: 'Erasure of one participant',
      categoryPurge: 'Deletion under a retention rule (one category for one participant)',
    },
    organisation: 'Organisation',
    consultant: 'Consultant',
    programme: 'Programme',
    funder: 'Funder',
    at: 'Time',
    atValue: (date, time, zone) => `${date}, ${time} (${zone})`,
    rule: 'Rule',
    source: 'source',
    allData: 'All data',
    ownChoice: 'the organisation’s own choice, not named in the privacy notice',
    erased: 'Participants erased entirely',
    kept: 'Participants who continue in other programmes',
    keptValue: (k) => `${k} (only this programme’s data was deleted for them)`,
    request: 'Request',
    requestValue: (id, on) => `No. ${id}, received ${on}`,
    keptByLaw: 'Kept because a rule requires it',
    keptByLawValue: (count, category, preset, until) =>
      `${count} ${category.toLowerCase()} (${preset}) ${until ? `until ${until}` : 'while the agreement is in force'}`,
    paper: 'Paper notes',
    paperLine: (s, n) => `${s} shredded, ${n} without paper notes`,
    crypto: 'Encryption key',
    cryptoLine: 'The vault was re-encrypted under a new key; the old key was destroyed.',
    cryptoPending:
      'Pending: the vault is re-encrypted under a new key and the old key destroyed when Fortrolig next finishes its steps (the next time you unlock). This certificate says so once it is done.',
    backups: 'Backups',
    backupLines: {
      done: 'Older backups were deleted and a fresh one taken.',
      pending:
        'Pending: older backups are deleted and a fresh one taken once the backup folder can be reached. This certificate says so once it is done.',
      noFolder: 'No backup folder is configured.',
    },
    counts: 'Deleted data',
    noCounts: 'None',
    beyondReach: 'Copies beyond Fortrolig’s reach',
    beyondReachText: [
      'Fortrolig cannot reach copies of its data folder or of its backups that were made outside the app: on another drive or a USB stick, in an operating-system backup (such as Time Machine or Windows File History), in a sync service, or in a roaming profile on a server.',
      'Such a copy still opens with the current recovery passphrase. If it is opened in Fortrolig on this computer, the deletions recorded since the copy was made are carried out again before anything is shown.',
      'So that nobody can open such copies: change the recovery passphrase and shred the old one if you wrote it down (older copies open only with the old one). Delete the copies you know of.',
    ],
    verification: 'Verification code',
    howTo: (id) =>
      `The code is the start of this record’s fingerprint in Fortrolig’s deletion chain. To check it, open Certificates in Fortrolig: the chain must show as unbroken, and record no. ${id} must show the same code.`,
    fingerprint: 'Fingerprint (SHA-256)',
    notSet: 'Not set',
    footer:
      'This certificate holds no information about participants: no names, national ID numbers or note content.',
    triggers: {
      request: 'The participant’s request for erasure',
      due: 'The retention period for the participant’s data had passed',
    },
    at0: {
      programmeEnd: 'at the end of the programme',
      lastContact: 'at the last contact',
      agreementEnd: 'when the agreement ends',
      reconfirmation: 'when not reconfirmed',
    },
    after: {
      programmeEnd: (p) => `${p} after the programme ended`,
      lastContact: (p) => `${p} after the last contact`,
      agreementEnd: (p) => `${p} after the agreement ended`,
      reconfirmation: (p) => `when not reconfirmed within ${p}`,
    },
    units: {
      years: ['year', 'years'],
      months: ['month', 'months'],
      weeks: ['week', 'weeks'],
      days: ['day', 'days'],
    },
    and: 'and',
  },
};

const INTL_LOCALE: Record<CertificateLocale, string> = { da: 'da-DK', nb: 'nb-NO', en: 'en-GB' };

/**
 * The certificate's title in the reader's language, as the PDF prints it and the window shows it:
 * "Slettebevis nr. 3", "Sletteattest nr. 3", "Deletion certificate no. 3". `id` is the record's
 * number in the deletion chain.
 */
export function certificateTitle(id: number, locale: CertificateLocale): string {
  const w = WORDS[locale];
  return `${w.title} ${w.numberWord}. ${id}`;
}

/** What kind of shredding a record certifies, in the reader's language ("Afslutning af forløb"). */
export function certificateKind(kind: CertificateBody['kind'], locale: CertificateLocale): string {
  return WORDS[locale].kind[kind];
}

const CATEGORY_ORDER = Object.keys(CATEGORY_LABELS.en) as CategoryLabelKey[];

/** Every fact of one record as labelled lines in the reader's language. */
export function certificateSheet(
  record: CertificateInput,
  locale: CertificateLocale,
  context: CertificateContext,
): CertificateSheet {
  const w = WORDS[locale];
  const b = record.body;
  const n = (value: number) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
  const zone = validZone(b.timeZone) ?? validZone(context.timeZone) ?? 'UTC';
  const when = localTime(b.at, locale, zone);
  const { issuer } = context;
  const consultant =
    b.consultant && b.consultant !== PLACEHOLDER_CONSULTANT
      ? b.consultant
      : issuer.consultantName || w.notSet;
  const programme = b.programme ?? context.programme ?? null;

  const facts: SheetRow[] = [
    { key: 'consultant', label: w.consultant, value: consultant },
    { key: 'at', label: w.at, value: when ? w.atValue(when.date, when.time, when.zone) : b.at },
  ];
  if (b.kind === 'programmeCloseOut') {
    facts.push(
      { key: 'programme', label: w.programme, value: programme?.name || w.notSet },
      { key: 'funder', label: w.funder, value: programme?.funder || w.notSet },
    );
  }
  facts.push(
    { key: 'rule', label: w.rule, value: ruleInWords(b, w, locale) },
    { key: 'erased', label: w.erased, value: n(b.scope.participantsErased) },
  );
  if (b.kind === 'programmeCloseOut')
    facts.push({
      key: 'kept',
      label: w.kept,
      value:
        b.scope.participantsKeptForOtherProgrammes > 0
          ? w.keptValue(n(b.scope.participantsKeptForOtherProgrammes))
          : n(0),
    });
  const day = (iso: string) =>
    new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${iso}T00:00:00Z`),
    );
  if (b.request)
    facts.push({
      key: 'request',
      label: w.request,
      value: w.requestValue(b.request.id, day(b.request.receivedOn)),
    });
  for (const [i, k] of (b.keptByLaw ?? []).entries())
    facts.push({
      key: `keptByLaw.${i}`,
      label: w.keptByLaw,
      value: w.keptByLawValue(
        n(k.count),
        categoryLabel(k.category, locale),
        presetLabel(k.presetId, k.presetName, locale) ?? k.presetName,
        k.until ? day(k.until) : null,
      ),
    });
  facts.push(
    {
      key: 'paper',
      label: w.paper,
      value: w.paperLine(n(b.paperNotes.shredded), n(b.paperNotes.none)),
    },
    // Claimed only once the vault confirms it; until then the certificate says it is pending.
    {
      key: 'crypto',
      label: w.crypto,
      value: record.oldKeyDestroyed ? w.cryptoLine : w.cryptoPending,
    },
    { key: 'backups', label: w.backups, value: w.backupLines[backupsLine(record)] },
  );

  const countRows = Object.entries(b.counts)
    .sort(([a], [c]) => categoryRank(a) - categoryRank(c) || a.localeCompare(c))
    .map(([category, count]) => ({
      key: `count.${category}`,
      label: categoryLabel(category, locale),
      value: n(count),
    }));

  const address = issuer.organisationAddress
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const localDate = when?.isoDate ?? b.at.slice(0, 10);
  return {
    title: certificateTitle(record.id, locale),
    kind: certificateKind(b.kind, locale),
    organisation: {
      label: w.organisation,
      set: issuer.organisationName !== '',
      name: issuer.organisationName || w.notSet,
      address,
    },
    facts,
    counts: { heading: w.counts, rows: countRows },
    beyondReach: { heading: w.beyondReach, paragraphs: w.beyondReachText },
    verification: {
      label: w.verification,
      code: verificationCode(record.hash),
      howTo: w.howTo(record.id),
      fingerprintLabel: w.fingerprint,
      fingerprint: record.hash,
    },
    footer: w.footer,
    fileBase: `${w.fileStem}-${localDate}-${w.numberWord}-${record.id}`,
  };
}

/** Claimed only once true: a replacement that follows the purge reads as pending until it is done. */
function backupsLine(record: CertificateInput): 'done' | 'pending' | 'noFolder' {
  switch (record.body.backups) {
    case 'olderBackupsDeletedFreshBackupTaken':
      return 'done';
    case 'backupReplacementFollows':
      return record.backupsReplaced ? 'done' : 'pending';
    default:
      return 'noFolder';
  }
}

/** The first 16 hex digits of the record's hash in groups of four: "3f9a 0c1e 77b2 d405". */
export function verificationCode(hash: string): string {
  return (hash.slice(0, 16).match(/.{1,4}/g) ?? []).join(' ');
}

/** "Samtalenoter: 3 år efter seneste kontakt — kilde: Norsk rekruttering og vejledning". */
function ruleInWords(b: CertificateBody, w: Words, locale: CertificateLocale): string {
  const trigger = b.rule.trigger;
  const direct = w.triggers[trigger];
  if (direct) return direct;
  const source = presetLabel(b.rule.presetId, b.basis?.presetName, locale);
  const counted = Object.keys(b.counts).filter((c) => (b.counts[c] ?? 0) > 0);
  // One group per period, and apart from them the rules the notice does not name (own choice).
  const groups = new Map<string, string[]>();
  for (const r of b.basis?.rules ?? []) {
    if (counted.length > 0 && !counted.includes(r.category)) continue;
    const key = `${r.ownChoice ? 'own' : 'notice'} ${r.period}`;
    groups.set(key, [...(groups.get(key) ?? []), r.category]);
  }
  const parts = [...groups].map(([key, categories]) => {
    const [basis, period] = key.split(' ') as [string, string];
    const unique = [...new Set(categories)];
    // One rule for many categories (a close-out): "all data", as the privacy notice puts it.
    const everything = groups.size === 1 && unique.length > 2;
    const what = everything
      ? w.allData
      : capitalise(
          unique
            .map((c) => lowerFirst(categoryLabel(c, locale)))
            .join(', ')
            .replace(/, ([^,]*)$/, ` ${w.and} $1`),
        );
    const own = basis === 'own' ? ` (${w.ownChoice})` : '';
    return `${what}: ${whenInWords(trigger, period, w)}${own}`;
  });
  const rule = parts.length > 0 ? parts.join('; ') : capitalise(whenInWords(trigger, 'P0D', w));
  return source ? `${rule} — ${w.source}: ${source}` : rule;
}

function whenInWords(trigger: string, period: string, w: Words): string {
  const words = periodInWords(period, w);
  if (!words) return w.at0[trigger] ?? trigger;
  return w.after[trigger]?.(words) ?? words;
}

/** "3 år", "6 måneder"; null for a zero period (P0D) or one that cannot be read. */
function periodInWords(period: string, w: Words): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return null;
  const units = ['years', 'months', 'weeks', 'days'] as const;
  const parts = units
    .map((unit, i) => [unit, Number(m[i + 1] ?? 0)] as const)
    .filter(([, count]) => count > 0)
    .map(([unit, count]) => `${count} ${w.units[unit][count === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(` ${w.and} `) : null;
}

function categoryLabel(category: string, locale: CertificateLocale): string {
  return (CATEGORY_LABELS[locale] as Readonly<Record<string, string>>)[category] ?? category;
}

function categoryRank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category as CategoryLabelKey);
  return i < 0 ? CATEGORY_ORDER.length : i;
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
/** "Samtalenoter" → "samtalenoter" inside a sentence; "CV’er" and "CPR" keep their capitals. */
const lowerFirst = (s: string) =>
  /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase() + s.slice(1) : s;

function validZone(zone: string | undefined): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** "22. november 2026", "13:00", "CET" and 2026-11-22, in the given zone; null if `at` is no instant. */
function localTime(
  at: string,
  locale: CertificateLocale,
  zone: string,
): { date: string; time: string; zone: string; isoDate: string } | null {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return null;
  const intl = INTL_LOCALE[locale];
  const date = new Intl.DateTimeFormat(intl, {
    timeZone: zone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(instant);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? '';
  return {
    date,
    // 13:00 in every language: the notation a reader in Denmark and Norway is also used to.
    time: `${part('hour')}:${part('minute')}`,
    zone: part('timeZoneName') || zone,
    isoDate: `${part('year')}-${part('month')}-${part('day')}`,
  };
}
