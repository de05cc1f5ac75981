// Realistic Danish and Norwegian session-note text for seeding and benchmarks (no real people).

const DA = [
  'Første samtale om jobsøgning og ønsker til næste job.',
  'Vi gennemgik CV’et sammen; erfaringen fra lager og logistik skal stå tydeligere.',
  'Deltageren er motiveret, men usikker på ansøgninger til kontorstillinger.',
  'Aftalt: tre målrettede ansøgninger før næste møde, og en opringning til en virksomhed i Århus.',
  'Talte om styrker fra personprofilen: struktureret, loyal, god til samarbejde.',
  'Opfølgning på jobsamtalen hos en tømrervirksomhed; feedback var positiv.',
  'Drøftede mulighed for praktik og opkvalificering inden for økonomi.',
  'Bekymret for økonomien; henviste til jobcentrets rådgiver om ydelser.',
  'Øvede spørgsmål til samtalen: fortæl om dig selv, svagheder og løn.',
  'Afsluttende samtale: deltageren har fået fast job fra næste måned.',
];

const NB = [
  'Første samtale om karriereveiledning og mål for de neste månedene.',
  'Gikk gjennom søknaden; må få fram erfaringen fra butikk og kundeservice.',
  'Deltakeren ønsker å bytte bransje og er åpen for kurs innen helsefag.',
  'Avtalt: oppdatere CV-en og søke på to stillinger hos NAV-registrerte arbeidsgivere.',
  'Snakket om resultatene fra personlighetstesten og hva de betyr for jobbvalg.',
  'Oppfølging etter intervju hos et regnskapsbyrå i Bergen; venter svar.',
  'Drøftet arbeidstrening og mulighet for lønnstilskudd.',
  'Samtale om nettverk: liste over fem personer å kontakte før neste møte.',
  'Øvde på intervju: styrker, svakheter, og å fortelle om hull i CV-en.',
  'Avsluttende samtale: deltakeren starter i fast stilling om to uker.',
];

/** A note body of 2–6 sentences, alternating Danish and Norwegian by index, deterministic per seed. */
export function seedNoteText(index: number, random: () => number): string {
  const pool = index % 2 === 0 ? DA : NB;
  const count = 2 + Math.floor(random() * 5);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(pool[Math.floor(random() * pool.length)]!);
  return parts.join(' ');
}

/** A small seeded PRNG (mulberry32) so seeds and benchmarks are repeatable. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
