// Danish UI text (the fallback language).
import type { Messages } from './en';

export const da: Messages = {
  app: {
    name: 'Fortrolig',
    tagline: 'Fortrolige notater, krypteret på denne computer',
  },
  header: {
    lock: 'Lås',
    language: 'Sprog',
    theme: 'Tema',
    themes: { system: 'Som systemet', light: 'Lyst', dark: 'Mørkt' },
  },
  loading: 'Åbner…',
  create: {
    title: 'Opret dit krypterede arkiv',
    intro:
      'Fortrolig gemmer dine notater krypteret på denne computer. Vælg en adgangssætning til gendannelse for at oprette arkivet.',
    passphrase: 'Adgangssætning til gendannelse',
    confirm: 'Gentag adgangssætningen',
    hint: 'Mindst {{min}} tegn. Flere ord uden sammenhæng er lette at huske og svære at gætte.',
    mismatch: 'De to adgangssætninger er ikke ens.',
    tooShort: 'Brug mindst {{min}} tegn (indtil nu {{count}}).',
    submit: 'Opret arkiv',
    working: 'Opretter arkivet…',
    explainTitle: 'Hvad adgangssætningen til gendannelse bruges til',
    explainKeychain:
      'Din nøgle gemmes i denne computers nøglering, så til daglig åbner du arkivet uden at skrive noget.',
    explainNewLaptop:
      'Adgangssætningen er din vej ind på en ny computer, eller hvis nøgleringen går tabt.',
    explainNoRecovery:
      'Vi kan ikke gendanne den for dig. Skriv den ned, og opbevar den et sikkert sted væk fra computeren.',
  },
  strength: {
    label: 'Anslået styrke',
    tooShort: 'For kort',
    weak: 'Svag',
    fair: 'Middel',
    strong: 'Stærk',
    note: 'Et skøn ud fra længde og variation i tegn; det kan ikke se, om sætningen er let at gætte.',
  },
  unlock: {
    title: 'Fortrolig er låst',
    trying: 'Åbner med denne computers nøglering…',
    keychainButton: 'Lås op',
    keychainHint: 'Bruger nøglen i denne computers nøglering.',
    usePassphrase: 'Brug adgangssætningen til gendannelse i stedet',
    reason: {
      keychainEntryMissing:
        'Denne computers nøglering har ingen nøgle til arkivet. Indtast din adgangssætning til gendannelse.',
      keychainUnavailable:
        'Denne computers nøglering kan ikke nås. Indtast din adgangssætning til gendannelse.',
      wrongKey:
        'Nøglen i denne computers nøglering åbner ikke arkivet. Indtast din adgangssætning til gendannelse.',
    },
    passphrase: 'Adgangssætning til gendannelse',
    remember: 'Husk på denne computer',
    rememberHint:
      'Gemmer nøglen i computerens nøglering, så du ikke behøver adgangssætningen næste gang.',
    submit: 'Lås op',
    working: 'Låser op…',
  },
  notes: {
    title: 'Notater',
    newNote: 'Ny note',
    save: 'Gem',
    saving: 'Gemmer…',
    saved: 'Gemt kl. {{time}}',
    unsaved: 'Ikke gemt endnu',
    shortcut: '{{keys}} gemmer',
    listLabel: 'Gemte notater',
    empty: 'Ingen notater endnu. Din første note vises her.',
    loadMore: 'Vis flere',
    loading: 'Henter…',
    written: 'Skrevet {{date}}',
  },
  notices: {
    created: 'Arkivet er oprettet. Nøglen gemmes i denne computers nøglering.',
    keychainUnavailable:
      'Denne computers nøglering var ikke tilgængelig, så nøglen blev ikke gemt der. Du skal bruge din adgangssætning til gendannelse, hver gang du låser op.',
    dismiss: 'Luk',
  },
  errors: {
    validation: 'Noget i formularen er ikke gyldigt. Ret det, og prøv igen.',
    vaultLocked: 'Arkivet er låst. Lås det op for at fortsætte.',
    vaultAbsent: 'Der findes endnu intet arkiv på denne computer.',
    vaultExists: 'Der findes allerede et arkiv på denne computer.',
    wrongPassphrase: 'Adgangssætningen er forkert. Tjek stavningen, og prøv igen.',
    wrongKey: 'Den fundne nøgle åbner ikke dette arkiv.',
    keychainUnavailable: 'Denne computers nøglering kan ikke nås.',
    keychainEntryMissing: 'Denne computers nøglering har ingen nøgle til dette arkiv.',
    vaultCorrupt: 'Arkivfilen er beskadiget. Den er ikke blevet ændret. Kontakt din it-support.',
    vaultFromFuture:
      'Arkivet er lavet af en nyere version af Fortrolig. Opdater programmet for at åbne det.',
    weakPassphrase: 'Adgangssætningen er for kort. Brug mindst {{min}} tegn.',
    notFound: 'Oplysningen findes ikke længere. Den kan være slettet.',
    noteLocked: 'Noten er låst og kan ikke ændres. Tilføj i stedet en dateret tilføjelse.',
    invalidNationalId: 'CPR-nummeret er ikke gyldigt.',
    duplicateNationalId: 'Der findes allerede en deltager med dette CPR-nummer.',
    documentTooLarge: 'Filen er større end 25 MB og blev ikke tilføjet.',
    invalidDates: 'Slutdatoen skal være samme dag som eller efter startdatoen.',
    notEnrolled: 'Deltageren er ikke tilmeldt det forløb.',
    unknownChannel: 'Programmet bad om noget, det ikke kender. Genstart Fortrolig.',
    forbidden: 'Denne handling er ikke tilladt.',
    internal: 'Der opstod en uventet fejl. Prøv igen, og genstart Fortrolig, hvis det fortsætter.',
  },
};
