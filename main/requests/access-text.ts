// The words of the access copy's report in Danish, Norwegian (bokmål) and English: headings,
// labels, the vocabularies' names, the rights a person has under the GDPR (art. 15–22, 77) and the
// supervisory authority of each country. Renderer-safe: no node imports.
import type { AccessLocale } from './access-passphrase';

export type Authority = Readonly<{ name: string; lines: readonly string[] }>;

/** Datatilsynet of each country (art. 77: the person may complain to it). */
export const AUTHORITIES: Readonly<Record<'DK' | 'NO', Authority>> = {
  DK: {
    name: 'Datatilsynet',
    lines: ['Carl Jacobsens Vej 35', '2500 Valby', 'www.datatilsynet.dk · dt@datatilsynet.dk'],
  },
  NO: {
    name: 'Datatilsynet',
    lines: ['Postboks 458 Sentrum', '0105 Oslo', 'www.datatilsynet.no · postkasse@datatilsynet.no'],
  },
};

export type AccessWords = Readonly<{
  title: string;
  fileStem: string;
  /** What the completed request says was done. */
  outcome: (fileName: string) => string;
  madeOn: (date: string) => string;
  intro: readonly string[];
  controller: string;
  consultant: string;
  request: string;
  requestLine: (id: number, received: string) => string;
  requestNo: (id: number) => string;
  none: string;
  notSet: string;
  /** A score's scale beside its value in the profile, e.g. "scale 0–10". */
  scale: (min: string, max: string) => string;
  /** Beside a score recorded before scales were asked (migration 018). */
  noScale: string;
  sections: Readonly<Record<SectionKey, string>>;
  fields: Readonly<Record<FieldKey, string>>;
  idKinds: Readonly<Record<string, string>>;
  countries: Readonly<Record<'DK' | 'NO', string>>;
  enrolmentStatus: Readonly<Record<string, string>>;
  /** Why an enrolment ended (enrolments.ts END_REASONS). */
  endReasons: Readonly<Record<string, string>>;
  programmeStatus: Readonly<Record<string, string>>;
  noteKinds: Readonly<Record<string, string>>;
  noteStatus: Readonly<Record<string, string>>;
  addendum: (date: string) => string;
  documentKinds: Readonly<Record<string, string>>;
  auditActions: Readonly<Record<string, string>>;
  /**
   * What an audit entry's detail code names (its part before ':'), in words: every code
   * main/ writes for a person's audit entries (test/unit/audit-details-have-words.test.ts).
   */
  auditDetails: Readonly<Record<string, string>>;
  /** The person's own number as the audit names it, by its kind ('cpr', 'fnr', …, 'none'). */
  yourNationalId: Readonly<Record<string, string>>;
  /** The audit section's heading, naming the person's own number (`yourNationalId`). */
  auditHeading: (yourId: string) => string;
  requestKinds: Readonly<Record<string, string>>;
  requestStatus: Readonly<Record<string, string>>;
  channels: Readonly<Record<string, string>>;
  identityMethods: Readonly<Record<string, string>>;
  correctedFields: Readonly<Record<string, string>>;
  corrected: (who: string, field: string) => string;
  previously: string;
  restricted: (when: string, who: string) => string;
  lifted: (when: string, who: string) => string;
  inForce: string;
  noDisclosures: string;
  retentionIntro: string;
  noDateYet: string;
  deleteOn: (date: string) => string;
  triggers: Readonly<Record<string, (period: string | null) => string>>;
  units: Readonly<Record<'Y' | 'M' | 'W' | 'D', readonly [string, string]>>;
  ownChoice: string;
  /** The 'participant' retention category, in the person's words. */
  yourRecord: string;
  rights: readonly string[];
  authorityIntro: string;
  page: (n: number, of: number) => string;
  bytes: (n: string) => string;
}>;

export type SectionKey =
  | 'about'
  | 'identity'
  | 'programmes'
  | 'notes'
  | 'assessments'
  | 'consents'
  | 'documents'
  | 'requests'
  | 'corrections'
  | 'restrictions'
  | 'recipients'
  | 'retention'
  | 'other'
  | 'rights'
  | 'authority';

export type FieldKey =
  | 'name'
  | 'nationalId'
  | 'email'
  | 'phone'
  | 'address'
  | 'lastContact'
  | 'registered'
  | 'updated'
  | 'funder'
  | 'country'
  | 'period'
  | 'enrolled'
  | 'provider'
  | 'taken'
  | 'summary'
  | 'scores'
  | 'purpose'
  | 'legalBasis'
  | 'given'
  | 'withdrawn'
  | 'attachedAs'
  | 'size'
  | 'added'
  | 'reconfirmed'
  | 'received'
  | 'due'
  | 'identityChecked'
  | 'outcome';

const DA: AccessWords = {
  title: 'Indsigt i dine oplysninger',
  fileStem: 'indsigt',
  outcome: (f) => `Krypteret kopi udarbejdet (${f}); adgangskoden sendes ad en anden vej.`,
  madeOn: (d) => `Udarbejdet ${d}`,
  intro: [
    'Dette dokument er en kopi af alle de oplysninger, vi har registreret om dig i vores sagssystem (databeskyttelsesforordningens artikel 15). Det svarer også på din ret til at få dine oplysninger i et maskinlæsbart format (artikel 20).',
    'Filen data.json, der er vedhæftet dette dokument, indeholder de samme oplysninger med alle felter i maskinlæsbar form. Dine dokumenter (fx CV og ansøgninger) er vedhæftet i deres oprindelige form under deres eget filnavn. Vedhæftningerne åbnes fra din PDF-læsers panel for vedhæftede filer (clips-ikonet).',
  ],
  controller: 'Dataansvarlig',
  consultant: 'Konsulent',
  request: 'Din anmodning',
  requestLine: (id, received) => `Anmodning nr. ${id}, modtaget ${received}`,
  requestNo: (id) => `anmodning nr. ${id}`,
  none: 'Ingen.',
  notSet: 'Ikke angivet',
  scale: (min, max) => `skala ${min}–${max}`,
  noScale: 'skala ikke angivet',
  sections: {
    about: 'Om denne kopi',
    identity: 'Identitet og kontaktoplysninger',
    programmes: 'Forløb og tilmeldinger',
    notes: 'Samtalenotater',
    assessments: 'Test og personprofiler',
    consents: 'Samtykker og aftaler',
    documents: 'Dokumenter',
    requests: 'Dine anmodninger',
    corrections: 'Rettelser af dine oplysninger',
    restrictions: 'Begrænsning af behandlingen',
    recipients: 'Modtagere af dine oplysninger',
    retention: 'Hvor længe oplysningerne opbevares',
    other: 'Andre registreringer',
    rights: 'Dine rettigheder',
    authority: 'Klage til tilsynsmyndigheden',
  },
  fields: {
    name: 'Navn',
    nationalId: 'Personnummer',
    email: 'E-mail',
    phone: 'Telefon',
    address: 'Adresse',
    lastContact: 'Seneste kontakt',
    registered: 'Registreret',
    updated: 'Senest ændret',
    funder: 'Opdragsgiver',
    country: 'Land',
    period: 'Periode',
    enrolled: 'Tilmeldt',
    provider: 'Udbyder',
    taken: 'Testdato',
    summary: 'Sammenfatning',
    scores: 'Resultater',
    purpose: 'Formål',
    legalBasis: 'Retsgrundlag',
    given: 'Givet',
    withdrawn: 'Trukket tilbage',
    attachedAs: 'Vedhæftet som',
    size: 'Størrelse',
    added: 'Modtaget',
    reconfirmed: 'Senest bekræftet',
    received: 'Modtaget',
    due: 'Svarfrist',
    identityChecked: 'Identitet kontrolleret',
    outcome: 'Resultat',
  },
  idKinds: {
    cpr: 'CPR-nummer',
    fnr: 'Norsk fødselsnummer',
    'd-number': 'Norsk D-nummer',
    'h-number': 'Norsk H-nummer',
    none: 'Intet registreret',
  },
  countries: { DK: 'Danmark', NO: 'Norge' },
  enrolmentStatus: { active: 'i gang', completed: 'afsluttet', withdrawn: 'udmeldt' },
  endReasons: {
    job: 'job',
    education: 'uddannelse',
    sickness: 'sygdom',
    moved: 'flyttet',
    other: 'andet',
  },
  programmeStatus: { active: 'i gang', closing: 'afsluttes', closed: 'afsluttet' },
  noteKinds: { meeting: 'Samtale', phone: 'Telefonsamtale', email: 'E-mail', other: 'Andet' },
  noteStatus: { draft: 'kladde', locked: 'låst' },
  addendum: (d) => `Tilføjelse ${d}`,
  documentKinds: {
    cv: 'CV',
    application: 'Ansøgning',
    interview: 'Samtalepapirer',
    testReport: 'Testrapport',
    other: 'Andet dokument',
  },
  auditActions: {
    reveal: 'viste',
    copy: 'kopierede',
    export: 'udleverede en kopi af',
    delete: 'slettede',
  },
  auditDetails: {
    accessCopy: 'dine oplysninger',
    assessment: 'et testresultat',
    document: 'et dokument',
    profilePhoto: 'profilbilledet',
  },
  yourNationalId: {
    cpr: 'dit CPR-nummer',
    fnr: 'dit norske fødselsnummer',
    'd-number': 'dit norske D-nummer',
    'h-number': 'dit norske H-nummer',
    none: 'dit personnummer',
  },
  auditHeading: (id) => `Hvem har set eller kopieret ${id}`,
  requestKinds: {
    access: 'Indsigt',
    rectification: 'Berigtigelse',
    erasure: 'Sletning',
    restriction: 'Begrænsning',
    objection: 'Indsigelse',
    portability: 'Dataportabilitet',
  },
  requestStatus: {
    open: 'modtaget',
    inProgress: 'under behandling',
    completed: 'besvaret',
    refused: 'afvist',
    partlyRefused: 'delvist afvist',
  },
  channels: { email: 'e-mail', phone: 'telefon', letter: 'brev', inPerson: 'personligt fremmøde' },
  identityMethods: {
    knownInPerson: 'kendt personligt',
    videoCall: 'videoopkald',
    emailOnFile: 'svar fra din registrerede e-mail',
    idDocumentSeen: 'legitimation forevist (ingen kopi gemt)',
  },
  correctedFields: {
    givenName: 'fornavn',
    familyName: 'efternavn',
    nationalId: 'personnummer',
    email: 'e-mail',
    phone: 'telefon',
    address: 'adresse',
  },
  corrected: (who, field) => `${who} rettede ${field}`,
  previously: 'tidligere',
  restricted: (when, who) => `Begrænset fra ${when} af ${who}`,
  lifted: (when, who) => `ophævet ${when} af ${who}`,
  inForce: 'gældende',
  noDisclosures: 'Der er ikke registreret nogen videregivelse af dine oplysninger til andre.',
  retentionIntro:
    'Oplysningerne slettes efter disse regler, på den første af de datoer, der gælder for dem. Du kan altid bede om at få dem slettet før.',
  noDateYet: 'ingen dato endnu',
  deleteOn: (d) => `slettes ${d}`,
  triggers: {
    programmeEnd: (p) => (p ? `${p} efter forløbets afslutning` : 'når forløbet er afsluttet'),
    lastContact: (p) => (p ? `${p} efter seneste kontakt` : 'ved seneste kontakt'),
    agreementEnd: (p) => (p ? `${p} efter aftalens ophør` : 'når aftalen ophører'),
    reconfirmation: (p) =>
      p ? `hvis det ikke bekræftes igen inden for ${p}` : 'hvis det ikke bekræftes igen',
  },
  units: { Y: ['år', 'år'], M: ['måned', 'måneder'], W: ['uge', 'uger'], D: ['dag', 'dage'] },
  ownChoice: 'vores egen regel',
  yourRecord: 'Din registrering (alle oplysninger)',
  rights: [
    'Du har ret til indsigt i de oplysninger, vi behandler om dig (artikel 15), og til at få urigtige oplysninger rettet (artikel 16).',
    'Du har ret til at få dine oplysninger slettet (artikel 17), til at få behandlingen begrænset (artikel 18) og til at gøre indsigelse mod den (artikel 21).',
    'Du har ret til at modtage dine oplysninger i et struktureret, almindeligt anvendt og maskinlæsbart format (artikel 20): det er filen data.json.',
    'Har du givet samtykke, kan du altid trække det tilbage; det påvirker ikke behandlingen før tilbagetrækningen.',
  ],
  authorityIntro:
    'Er du utilfreds med vores behandling af dine oplysninger, kan du klage til Datatilsynet (artikel 77):',
  page: (n, of) => `Side ${n} af ${of}`,
  bytes: (n) => `${n} byte`,
};

const NB: AccessWords = {
  title: 'Innsyn i dine personopplysninger',
  fileStem: 'innsyn',
  outcome: (f) => `Kryptert kopi utarbeidet (${f}); passordet sendes på en annen måte.`,
  madeOn: (d) => `Utarbeidet ${d}`,
  intro: [
    'Dette dokumentet er en kopi av alle personopplysningene vi har registrert om deg i saksbehandlingssystemet vårt (personvernforordningen artikkel 15). Det svarer også på retten din til å få opplysningene i et maskinlesbart format (artikkel 20).',
    'Filen data.json, som er vedlagt dette dokumentet, inneholder de samme opplysningene med alle felt i maskinlesbar form. Dokumentene dine (for eksempel CV og søknader) er vedlagt i original form under sitt eget filnavn. Vedleggene åpnes fra vedleggspanelet i PDF-leseren (bindersikonet).',
  ],
  controller: 'Behandlingsansvarlig',
  consultant: 'Konsulent',
  request: 'Din forespørsel',
  requestLine: (id, received) => `Forespørsel nr. ${id}, mottatt ${received}`,
  requestNo: (id) => `forespørsel nr. ${id}`,
  none: 'Ingen.',
  notSet: 'Ikke angitt',
  scale: (min, max) => `skala ${min}–${max}`,
  noScale: 'skala ikke oppgitt',
  sections: {
    about: 'Om denne kopien',
    identity: 'Identitet og kontaktopplysninger',
    programmes: 'Tiltak og påmeldinger',
    notes: 'Samtalenotater',
    assessments: 'Tester og kompetanseanalyser',
    consents: 'Samtykker og avtaler',
    documents: 'Dokumenter',
    requests: 'Dine forespørsler',
    corrections: 'Rettinger av opplysningene dine',
    restrictions: 'Begrensning av behandlingen',
    recipients: 'Mottakere av opplysningene dine',
    retention: 'Hvor lenge opplysningene lagres',
    other: 'Andre registreringer',
    rights: 'Dine rettigheter',
    authority: 'Klage til tilsynsmyndigheten',
  },
  fields: {
    name: 'Navn',
    nationalId: 'ID-nummer',
    email: 'E-post',
    phone: 'Telefon',
    address: 'Adresse',
    lastContact: 'Siste kontakt',
    registered: 'Registrert',
    updated: 'Sist endret',
    funder: 'Oppdragsgiver',
    country: 'Land',
    period: 'Periode',
    enrolled: 'Påmeldt',
    provider: 'Leverandør',
    taken: 'Testdato',
    summary: 'Sammendrag',
    scores: 'Resultater',
    purpose: 'Formål',
    legalBasis: 'Rettslig grunnlag',
    given: 'Gitt',
    withdrawn: 'Trukket tilbake',
    attachedAs: 'Vedlagt som',
    size: 'Størrelse',
    added: 'Mottatt',
    reconfirmed: 'Sist bekreftet',
    received: 'Mottatt',
    due: 'Svarfrist',
    identityChecked: 'Identitet kontrollert',
    outcome: 'Resultat',
  },
  idKinds: {
    cpr: 'Dansk CPR-nummer',
    fnr: 'Fødselsnummer',
    'd-number': 'D-nummer',
    'h-number': 'H-nummer',
    none: 'Ikke registrert',
  },
  countries: { DK: 'Danmark', NO: 'Norge' },
  enrolmentStatus: { active: 'pågår', completed: 'fullført', withdrawn: 'avmeldt' },
  endReasons: {
    job: 'jobb',
    education: 'utdanning',
    sickness: 'sykdom',
    moved: 'flyttet',
    other: 'annet',
  },
  programmeStatus: { active: 'pågår', closing: 'avsluttes', closed: 'avsluttet' },
  noteKinds: { meeting: 'Samtale', phone: 'Telefonsamtale', email: 'E-post', other: 'Annet' },
  noteStatus: { draft: 'utkast', locked: 'låst' },
  addendum: (d) => `Tillegg ${d}`,
  documentKinds: {
    cv: 'CV',
    application: 'Søknad',
    interview: 'Intervjupapirer',
    testReport: 'Testrapport',
    other: 'Annet dokument',
  },
  auditActions: {
    reveal: 'viste',
    copy: 'kopierte',
    export: 'utleverte en kopi av',
    delete: 'slettet',
  },
  auditDetails: {
    accessCopy: 'opplysningene dine',
    assessment: 'et testresultat',
    document: 'et dokument',
    profilePhoto: 'profilbildet',
  },
  yourNationalId: {
    cpr: 'det danske CPR-nummeret ditt',
    fnr: 'fødselsnummeret ditt',
    'd-number': 'D-nummeret ditt',
    'h-number': 'H-nummeret ditt',
    none: 'ID-nummeret ditt',
  },
  auditHeading: (id) => `Hvem har sett eller kopiert ${id}`,
  requestKinds: {
    access: 'Innsyn',
    rectification: 'Retting',
    erasure: 'Sletting',
    restriction: 'Begrensning',
    objection: 'Protest',
    portability: 'Dataportabilitet',
  },
  requestStatus: {
    open: 'mottatt',
    inProgress: 'under behandling',
    completed: 'besvart',
    refused: 'avvist',
    partlyRefused: 'delvis avvist',
  },
  channels: { email: 'e-post', phone: 'telefon', letter: 'brev', inPerson: 'personlig oppmøte' },
  identityMethods: {
    knownInPerson: 'kjent personlig',
    videoCall: 'videosamtale',
    emailOnFile: 'svar fra e-postadressen vi har registrert',
    idDocumentSeen: 'legitimasjon vist (ingen kopi lagret)',
  },
  correctedFields: {
    givenName: 'fornavn',
    familyName: 'etternavn',
    nationalId: 'ID-nummer',
    email: 'e-post',
    phone: 'telefon',
    address: 'adresse',
  },
  corrected: (who, field) => `${who} rettet ${field}`,
  previously: 'tidligere',
  restricted: (when, who) => `Begrenset fra ${when} av ${who}`,
  lifted: (when, who) => `opphevet ${when} av ${who}`,
  inForce: 'gjeldende',
  noDisclosures: 'Det er ikke registrert at opplysningene dine er utlevert til andre.',
  retentionIntro:
    'Opplysningene slettes etter disse reglene, på den første av datoene som gjelder for dem. Du kan alltid be om at de slettes før.',
  noDateYet: 'ingen dato ennå',
  deleteOn: (d) => `slettes ${d}`,
  triggers: {
    programmeEnd: (p) => (p ? `${p} etter at tiltaket er avsluttet` : 'når tiltaket er avsluttet'),
    lastContact: (p) => (p ? `${p} etter siste kontakt` : 'ved siste kontakt'),
    agreementEnd: (p) => (p ? `${p} etter at avtalen opphører` : 'når avtalen opphører'),
    reconfirmation: (p) =>
      p ? `hvis det ikke bekreftes på nytt innen ${p}` : 'hvis det ikke bekreftes på nytt',
  },
  units: { Y: ['år', 'år'], M: ['måned', 'måneder'], W: ['uke', 'uker'], D: ['dag', 'dager'] },
  ownChoice: 'vår egen regel',
  yourRecord: 'Registreringen din (alle opplysninger)',
  rights: [
    'Du har rett til innsyn i personopplysningene vi behandler om deg (artikkel 15), og til å få uriktige opplysninger rettet (artikkel 16).',
    'Du har rett til å få opplysningene dine slettet (artikkel 17), til å få behandlingen begrenset (artikkel 18) og til å protestere mot den (artikkel 21).',
    'Du har rett til å motta opplysningene dine i et strukturert, alminnelig anvendt og maskinlesbart format (artikkel 20): det er filen data.json.',
    'Har du gitt samtykke, kan du når som helst trekke det tilbake; det påvirker ikke behandlingen før tilbaketrekningen.',
  ],
  authorityIntro:
    'Er du misfornøyd med hvordan vi behandler opplysningene dine, kan du klage til Datatilsynet (artikkel 77):',
  page: (n, of) => `Side ${n} av ${of}`,
  bytes: (n) => `${n} byte`,
};

const EN: AccessWords = {
  title: 'Your personal data: a copy',
  fileStem: 'access-copy',
  outcome: (f) => `Encrypted copy prepared (${f}); the passphrase goes by another channel.`,
  madeOn: (d) => `Prepared on ${d}`,
  intro: [
    'This document is a copy of all the personal data we hold about you in our case system (General Data Protection Regulation, Article 15). It also answers your right to receive your data in a machine-readable format (Article 20).',
    'The file data.json attached to this document holds the same data with every field in machine-readable form. Your documents (for example your CV and applications) are attached as they were received, under their own file names. Open the attachments from your PDF reader’s attachments panel (the paperclip icon).',
  ],
  controller: 'Controller',
  consultant: 'Consultant',
  request: 'Your request',
  requestLine: (id, received) => `Request no. ${id}, received ${received}`,
  requestNo: (id) => `request no. ${id}`,
  none: 'None.',
  notSet: 'Not set',
  scale: (min, max) => `scale ${min}–${max}`,
  noScale: 'no scale recorded',
  sections: {
    about: 'About this copy',
    identity: 'Identity and contact details',
    programmes: 'Programmes and enrolments',
    notes: 'Session notes',
    assessments: 'Tests and assessments',
    consents: 'Consents and agreements',
    documents: 'Documents',
    requests: 'Your requests',
    corrections: 'Corrections to your data',
    restrictions: 'Restriction of processing',
    recipients: 'Recipients of your data',
    retention: 'How long your data is kept',
    other: 'Other records',
    rights: 'Your rights',
    authority: 'Complaints to the supervisory authority',
  },
  fields: {
    name: 'Name',
    nationalId: 'National ID number',
    email: 'E-mail',
    phone: 'Phone',
    address: 'Address',
    lastContact: 'Last contact',
    registered: 'Registered',
    updated: 'Last changed',
    funder: 'Funder',
    country: 'Country',
    period: 'Period',
    enrolled: 'Enrolled',
    provider: 'Provider',
    taken: 'Taken',
    summary: 'Summary',
    scores: 'Scores',
    purpose: 'Purpose',
    legalBasis: 'Legal basis',
    given: 'Given',
    withdrawn: 'Withdrawn',
    attachedAs: 'Attached as',
    size: 'Size',
    added: 'Received',
    reconfirmed: 'Last reconfirmed',
    received: 'Received',
    due: 'Answer due',
    identityChecked: 'Identity checked',
    outcome: 'Outcome',
  },
  idKinds: {
    cpr: 'Danish CPR number',
    fnr: 'Norwegian national identity number',
    'd-number': 'Norwegian D number',
    'h-number': 'Norwegian H number',
    none: 'None recorded',
  },
  countries: { DK: 'Denmark', NO: 'Norway' },
  enrolmentStatus: { active: 'ongoing', completed: 'completed', withdrawn: 'withdrawn' },
  endReasons: {
    job: 'job',
    education: 'education',
    sickness: 'illness',
    moved: 'moved away',
    other: 'other',
  },
  programmeStatus: { active: 'ongoing', closing: 'closing', closed: 'closed' },
  noteKinds: { meeting: 'Meeting', phone: 'Phone call', email: 'E-mail', other: 'Other' },
  noteStatus: { draft: 'draft', locked: 'locked' },
  addendum: (d) => `Addendum ${d}`,
  documentKinds: {
    cv: 'CV',
    application: 'Application',
    interview: 'Interview papers',
    testReport: 'Test report',
    other: 'Other document',
  },
  auditActions: {
    reveal: 'showed',
    copy: 'copied',
    export: 'gave out a copy of',
    delete: 'deleted',
  },
  auditDetails: {
    accessCopy: 'your data',
    assessment: 'a test result',
    document: 'a document',
    profilePhoto: 'the profile photo',
  },
  yourNationalId: {
    cpr: 'your CPR number',
    fnr: 'your national identity number',
    'd-number': 'your D number',
    'h-number': 'your H number',
    none: 'your national ID number',
  },
  auditHeading: (id) => `Who has seen or copied ${id}`,
  requestKinds: {
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    objection: 'Objection',
    portability: 'Data portability',
  },
  requestStatus: {
    open: 'received',
    inProgress: 'in progress',
    completed: 'answered',
    refused: 'refused',
    partlyRefused: 'partly refused',
  },
  channels: { email: 'e-mail', phone: 'phone', letter: 'letter', inPerson: 'in person' },
  identityMethods: {
    knownInPerson: 'known in person',
    videoCall: 'video call',
    emailOnFile: 'reply from the e-mail address on file',
    idDocumentSeen: 'ID document seen (no copy kept)',
  },
  correctedFields: {
    givenName: 'given name',
    familyName: 'family name',
    nationalId: 'national ID number',
    email: 'e-mail',
    phone: 'phone',
    address: 'address',
  },
  corrected: (who, field) => `${who} corrected the ${field}`,
  previously: 'previously',
  restricted: (when, who) => `Restricted from ${when} by ${who}`,
  lifted: (when, who) => `lifted ${when} by ${who}`,
  inForce: 'in force',
  noDisclosures: 'No disclosure of your data to anyone else is recorded.',
  retentionIntro:
    'Your data is deleted under these rules, on the first of the dates that apply to it. You can always ask for it to be deleted sooner.',
  noDateYet: 'no date yet',
  deleteOn: (d) => `deleted on ${d}`,
  triggers: {
    programmeEnd: (p) => (p ? `${p} after the programme ends` : 'when the programme ends'),
    lastContact: (p) => (p ? `${p} after the last contact` : 'at the last contact'),
    agreementEnd: (p) => (p ? `${p} after the agreement ends` : 'when the agreement ends'),
    reconfirmation: (p) => (p ? `unless reconfirmed within ${p}` : 'unless reconfirmed'),
  },
  units: {
    Y: ['year', 'years'],
    M: ['month', 'months'],
    W: ['week', 'weeks'],
    D: ['day', 'days'],
  },
  ownChoice: 'our own rule',
  yourRecord: 'Your record (all data)',
  rights: [
    'You have the right of access to the personal data we process about you (Article 15) and to have inaccurate data rectified (Article 16).',
    'You have the right to have your data erased (Article 17), to have its processing restricted (Article 18) and to object to it (Article 21).',
    'You have the right to receive your data in a structured, commonly used and machine-readable format (Article 20): that is the file data.json.',
    'Where you gave consent, you may withdraw it at any time; this does not affect the processing before the withdrawal.',
  ],
  authorityIntro:
    'If you are unhappy with how we process your data, you can complain to the Data Protection Authority, Datatilsynet (Article 77):',
  page: (n, of) => `Page ${n} of ${of}`,
  bytes: (n) => `${n} bytes`,
};

export const ACCESS_WORDS: Readonly<Record<AccessLocale, AccessWords>> = { da: DA, nb: NB, en: EN };

/** "3 år", "6 months"; null for a zero period (P0D) or one that cannot be read. */
export function periodInWords(period: string, w: AccessWords): string | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(period);
  if (!m) return null;
  const parts = (['Y', 'M', 'W', 'D'] as const)
    .map((unit, i) => [unit, Number(m[i + 1] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .map(([unit, n]) => `${n} ${w.units[unit][n === 1 ? 0 : 1]}`);
  return parts.length ? parts.join(' + ') : null;
}
