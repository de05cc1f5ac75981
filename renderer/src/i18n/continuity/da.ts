// Dansk tekst til kontinuitet: valget ved første start, gendannelse fra en sikkerhedskopi,
// Indstillinger → Sikkerhed og påmindelsen hver 90. dag om at teste adgangssætningen.
import type { Messages } from '../en';

export const continuityDa: Messages['continuity'] = {
  firstRun: {
    title: 'Velkommen til Fortrolig',
    intro: 'Gør det krypterede arkiv klar på denne computer.',
    choice: 'Hvordan vil du begynde?',
    create: 'Opret et nyt arkiv',
    createHint: 'Første gang du bruger Fortrolig.',
    restore: 'Gendan fra en sikkerhedskopi',
    restoreHint: 'På en ny computer, eller hvis den gamle er gået tabt.',
  },
  restore: {
    title: 'Gendan fra en sikkerhedskopi',
    intro:
      'Vælg sikkerhedskopien (fortrolig-backup-….db). Nøglefilen, der hører til (….key.json), skal ligge i samme mappe.',
    file: 'Sikkerhedskopi',
    noFile: 'Ingen sikkerhedskopi valgt endnu.',
    choose: 'Vælg sikkerhedskopi…',
    chooseAnother: 'Vælg en anden…',
    choosing: 'Venter på dit valg…',
    takenAt: 'Taget {{date}}',
    notABackup:
      'Filen er ikke en sikkerhedskopi fra Fortrolig. Vælg en fil, hvis navn begynder med fortrolig-backup- og slutter på .db.',
    keyFileMissing:
      'Nøglefilen til denne sikkerhedskopi ligger ikke i samme mappe. Kopiér .db-filen og .key.json-filen med samme navn sammen, og vælg igen.',
    needFile: 'Vælg først en sikkerhedskopi.',
    passphrase: 'Adgangssætning til gendannelse',
    passphraseHint: 'Den adgangssætning, arkivet havde, da kopien blev taget.',
    submit: 'Gendan',
    working: 'Kontrollerer og gendanner kopien…',
    explainTitle: 'Hvad der sker, når du gendanner',
    explainCopy:
      'Fortrolig kontrollerer kopien med din adgangssætning og lægger den over på denne computer. Selve kopien bliver ikke ændret.',
    explainKeychain:
      'Derefter gemmes nøglen i computerens nøglering, så du fremover åbner arkivet uden at skrive noget.',
    explainNewest:
      'Brug den nyeste kopi, du har: Det, der er skrevet, efter at den blev taget, er ikke med.',
  },
  notices: {
    restored: 'Sikkerhedskopien er gendannet. Nøglen gemmes nu i denne computers nøglering.',
    restoredNoKeychain:
      'Sikkerhedskopien er gendannet, men computerens nøglering var ikke tilgængelig. Du skal bruge din adgangssætning til gendannelse, hver gang du låser op.',
  },
  security: {
    title: 'Sikkerhed',
    recovery: 'Adgangssætning til gendannelse',
    lastTested: 'Sidst bekræftet: {{date}}.',
    neverTested: 'Endnu ikke testet på denne computer.',
    test: {
      title: 'Test min adgangssætning',
      intro:
        'Skriv adgangssætningen for at se, at du stadig har den, og at den åbner arkivet. Intet bliver ændret.',
      passphrase: 'Adgangssætning til gendannelse',
      submit: 'Test adgangssætningen',
      working: 'Tester…',
      ok: 'Det er den rigtige adgangssætning. Den åbner arkivet.',
    },
    change: {
      title: 'Skift adgangssætning til gendannelse',
      intro:
        'Nøglen i computerens nøglering forbliver den samme, så til daglig ændrer intet sig. Sikkerhedskopier, der er taget før skiftet, åbnes stadig med den gamle adgangssætning.',
      current: 'Nuværende adgangssætning',
      next: 'Ny adgangssætning',
      confirm: 'Gentag den nye adgangssætning',
      mismatch: 'De to nye adgangssætninger er ikke ens.',
      same: 'Den nye adgangssætning er den samme som den nuværende.',
      submit: 'Skift adgangssætning',
      working: 'Skifter…',
      done: 'Adgangssætningen er skiftet. Skriv den nye ned, og opbevar den et sikkert sted.',
    },
    idle: {
      title: 'Automatisk låsning',
      minutes: 'Minutter uden brug, før Fortrolig låser',
      hint: 'Fra 1 til 240. Fortrolig låser også, når skærmen låses, eller computeren går i dvale.',
      invalid: 'Skriv et helt tal fra 1 til 240.',
      save: 'Gem',
      saved_one: 'Gemt. Fortrolig låser efter {{count}} minut uden brug.',
      saved_other: 'Gemt. Fortrolig låser efter {{count}} minutter uden brug.',
    },
  },
  keyFile: {
    missingTitle: 'Arkivets nøglefil mangler',
    missingText:
      'Selve arkivet er her og er ikke blevet ændret. Men filen ved siden af, som rummer gendannelseskopien af nøglen (vault.key.json), er væk, og denne computers nøglering har ingen nøgle, der åbner arkivet.',
    wayForward:
      'Læg nøglefilen tilbage fra en sikkerhedskopi: Vælg filen, der ender på .key.json, i din mappe med sikkerhedskopier. Lås derefter op med din adgangssætning til gendannelse.',
    putBack: 'Læg nøglefilen tilbage fra en sikkerhedskopi…',
    choosing: 'Venter på dit valg…',
    notAKeyFile:
      'Filen er ikke en nøglefil fra Fortrolig. Vælg filen, der ender på .key.json, og som ligger ved siden af en sikkerhedskopi (fortrolig-backup-….key.json).',
    restored:
      'Nøglefilen er lagt tilbage. Skriv den adgangssætning til gendannelse, arkivet havde, da sikkerhedskopien blev taget.',
    damaged:
      'Gendannelseskopien af nøglen (nøglefilen) er beskadiget, så din adgangssætning kan ikke åbne den. Intet i arkivet er gået tabt. Lås op med denne computers nøglering: Så reparerer Fortrolig kopien. Kan nøgleringen ikke åbne arkivet, skal nøglefilen lægges tilbage fra den nyeste sikkerhedskopi. Det kan din it-support hjælpe med.',
    tryKeychain: 'Lås op med nøgleringen',
  },
  recoveryCopy: {
    repairedLabel: 'Gendannelseskopien er repareret',
    repaired:
      'Gendannelseskopien af nøglen var beskadiget eller manglede. Fortrolig har repareret den ud fra kopien, der opbevares inde i arkivet. Intet er gået tabt. Test gerne din adgangssætning til gendannelse for at være sikker på, at alt er i orden.',
    test: 'Test min adgangssætning',
    newTitle: 'Vælg en ny adgangssætning til gendannelse',
    newIntro:
      'Gendannelseskopien af arkivets nøgle mangler. Arkivet er åbent, og intet i det er gået tabt. Men uden en gendannelseskopi kan du ikke åbne arkivet på en ny computer, eller hvis denne computers nøglering mister nøglen.',
    newInstruction:
      'Vælg en ny adgangssætning til gendannelse nu. Skriv den ned, og opbevar den sammen med dine andre vigtige papirer.',
    passphrase: 'Ny adgangssætning til gendannelse',
    confirm: 'Gentag den nye adgangssætning',
    mismatch: 'De to adgangssætninger er ikke ens.',
    submit: 'Gem den nye adgangssætning',
    working: 'Gemmer…',
    done: 'Den nye adgangssætning til gendannelse er gemt. Skriv den ned, og opbevar den et sikkert sted.',
  },
  olderCopy: {
    label: 'Sletninger gentaget',
    reapplied_one:
      'Denne kopi af arkivet er ældre end den seneste sletning, der er registreret på denne computer. Før den blev åbnet, blev sletningen gentaget: det, den slettede, er også væk fra denne kopi.',
    reapplied_other:
      'Denne kopi af arkivet er ældre end de sletninger, der er registreret på denne computer. Før den blev åbnet, blev de {{count}} sletninger, der er lavet, siden kopien blev taget, gentaget: det, de slettede, er også væk fra denne kopi.',
    certificates_one: 'Slettebeviset ligger under Slettebeviser som før.',
    certificates_other: 'Slettebeviserne ligger under Slettebeviser som før.',
    notReapplied_one:
      'Én sletning fra før denne version af Fortrolig kunne ikke gentages, fordi den ikke registrerede, hvem den slettede. Se slettebeviset, og slet selv det, det nævner.',
    notReapplied_other:
      '{{count}} sletninger fra før denne version af Fortrolig kunne ikke gentages, fordi de ikke registrerede, hvem de slettede. Se slettebeviserne, og slet selv det, de nævner.',
    keepKey: 'Brug denne kopi på denne computer',
    keeping: 'Gemmer…',
    kept: 'Nøglen til denne kopi gemmes nu i denne computers nøglering. Den anden kopi kan stadig åbnes med sin egen adgangssætning til gendannelse.',
    keepFailed:
      'Nøgleringen tog ikke imod nøglen. Denne kopi kan stadig åbnes med adgangssætningen til gendannelse. Prøv igen, næste gang du låser op.',
  },
  reminder: {
    label: 'Påmindelse',
    text: 'Det er et stykke tid siden, du sidst testede din adgangssætning til gendannelse. En hurtig test viser, at du stadig har den.',
    test: 'Test nu',
    later: 'Mind mig om det om 90 dage',
  },
};
