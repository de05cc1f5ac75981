// Norwegian (bokmål) UI text; nn and no system languages read it too.
import type { Messages } from './en';

export const nb: Messages = {
  app: {
    name: 'Fortrolig',
    tagline: 'Konfidensielle notater, kryptert på denne datamaskinen',
  },
  header: {
    lock: 'Lås',
    language: 'Språk',
    theme: 'Tema',
    themes: { system: 'Som systemet', light: 'Lyst', dark: 'Mørkt' },
  },
  loading: 'Åpner…',
  create: {
    title: 'Opprett det krypterte arkivet ditt',
    intro:
      'Fortrolig lagrer notatene dine kryptert på denne datamaskinen. Velg en passordfrase for gjenoppretting for å opprette arkivet.',
    passphrase: 'Passordfrase for gjenoppretting',
    confirm: 'Gjenta passordfrasen',
    hint: 'Minst {{min}} tegn. Flere ord uten sammenheng er lette å huske og vanskelige å gjette.',
    mismatch: 'De to passordfrasene er ikke like.',
    tooShort: 'Bruk minst {{min}} tegn (så langt {{count}}).',
    submit: 'Opprett arkiv',
    working: 'Oppretter arkivet…',
    explainTitle: 'Hva passordfrasen for gjenoppretting er til',
    explainKeychain:
      'Nøkkelen din lagres i denne datamaskinens nøkkelring, så til daglig åpner du arkivet uten å skrive noe.',
    explainNewLaptop:
      'Passordfrasen er veien inn på en ny datamaskin, eller hvis nøkkelringen går tapt.',
    explainNoRecovery:
      'Vi kan ikke gjenopprette den for deg. Skriv den ned og oppbevar den et trygt sted, borte fra datamaskinen.',
  },
  strength: {
    label: 'Anslått styrke',
    tooShort: 'For kort',
    weak: 'Svak',
    fair: 'Middels',
    strong: 'Sterk',
    note: 'Et anslag ut fra lengde og variasjon i tegn; det kan ikke se om frasen er lett å gjette.',
  },
  unlock: {
    title: 'Fortrolig er låst',
    trying: 'Åpner med denne datamaskinens nøkkelring…',
    keychainButton: 'Lås opp',
    keychainHint: 'Bruker nøkkelen i denne datamaskinens nøkkelring.',
    usePassphrase: 'Bruk passordfrasen for gjenoppretting i stedet',
    reason: {
      keychainEntryMissing:
        'Denne datamaskinens nøkkelring har ingen nøkkel til arkivet. Skriv inn passordfrasen for gjenoppretting.',
      keychainUnavailable:
        'Denne datamaskinens nøkkelring kan ikke nås. Skriv inn passordfrasen for gjenoppretting.',
      wrongKey:
        'Nøkkelen i denne datamaskinens nøkkelring åpner ikke arkivet. Skriv inn passordfrasen for gjenoppretting.',
    },
    passphrase: 'Passordfrase for gjenoppretting',
    remember: 'Husk på denne datamaskinen',
    rememberHint:
      'Lagrer nøkkelen i datamaskinens nøkkelring, så du ikke trenger passordfrasen neste gang.',
    submit: 'Lås opp',
    working: 'Låser opp…',
  },
  notes: {
    title: 'Notater',
    newNote: 'Nytt notat',
    save: 'Lagre',
    saving: 'Lagrer…',
    saved: 'Lagret kl. {{time}}',
    unsaved: 'Ikke lagret ennå',
    shortcut: '{{keys}} lagrer',
    listLabel: 'Lagrede notater',
    empty: 'Ingen notater ennå. Det første notatet ditt vises her.',
    loadMore: 'Vis flere',
    loading: 'Henter…',
    written: 'Skrevet {{date}}',
  },
  notices: {
    created: 'Arkivet er opprettet. Nøkkelen lagres i denne datamaskinens nøkkelring.',
    keychainUnavailable:
      'Denne datamaskinens nøkkelring var ikke tilgjengelig, så nøkkelen ble ikke lagret der. Du må bruke passordfrasen for gjenoppretting hver gang du låser opp.',
    dismiss: 'Lukk',
  },
  errors: {
    validation: 'Noe i skjemaet er ikke gyldig. Rett det og prøv igjen.',
    vaultLocked: 'Arkivet er låst. Lås det opp for å fortsette.',
    vaultAbsent: 'Det finnes ennå ikke noe arkiv på denne datamaskinen.',
    vaultExists: 'Det finnes allerede et arkiv på denne datamaskinen.',
    wrongPassphrase: 'Passordfrasen er feil. Sjekk stavingen og prøv igjen.',
    wrongKey: 'Nøkkelen som ble funnet, åpner ikke dette arkivet.',
    keychainUnavailable: 'Denne datamaskinens nøkkelring kan ikke nås.',
    keychainEntryMissing: 'Denne datamaskinens nøkkelring har ingen nøkkel til dette arkivet.',
    vaultCorrupt: 'Arkivfilen er skadet. Den er ikke endret. Kontakt IT-støtte.',
    vaultFromFuture:
      'Arkivet er laget av en nyere versjon av Fortrolig. Oppdater programmet for å åpne det.',
    weakPassphrase: 'Passordfrasen er for kort. Bruk minst {{min}} tegn.',
    notFound: 'Opplysningen finnes ikke lenger. Den kan være slettet.',
    noteLocked: 'Notatet er låst og kan ikke endres. Legg heller til et datert tillegg.',
    invalidNationalId: 'Fødselsnummeret er ikke gyldig.',
    duplicateNationalId: 'Det finnes allerede en deltaker med dette fødselsnummeret.',
    documentTooLarge: 'Filen er større enn 25 MB og ble ikke lagt til.',
    invalidDates: 'Sluttdatoen må være samme dag som eller etter startdatoen.',
    notEnrolled: 'Deltakeren er ikke registrert i det forløpet.',
    unknownChannel: 'Programmet ba om noe det ikke kjenner. Start Fortrolig på nytt.',
    forbidden: 'Denne handlingen er ikke tillatt.',
    internal:
      'Det oppstod en uventet feil. Prøv igjen, og start Fortrolig på nytt hvis det fortsetter.',
  },
};
