// Norsk (bokmål) tekst for kontinuitet: valget ved første oppstart, gjenoppretting fra en
// sikkerhetskopi, Innstillinger → Sikkerhet og påminnelsen hver 90. dag om å teste passordfrasen.
import type { Messages } from '../en';

export const continuityNb: Messages['continuity'] = {
  firstRun: {
    title: 'Velkommen til Fortrolig',
    intro: 'Gjør det krypterte arkivet klart på denne datamaskinen.',
    choice: 'Hvordan vil du begynne?',
    create: 'Opprett et nytt arkiv',
    createHint: 'Første gang du bruker Fortrolig.',
    restore: 'Gjenopprett fra en sikkerhetskopi',
    restoreHint: 'På en ny datamaskin, eller hvis den gamle er borte.',
  },
  restore: {
    title: 'Gjenopprett fra en sikkerhetskopi',
    intro:
      'Velg sikkerhetskopien (fortrolig-backup-….db). Nøkkelfilen som hører til (….key.json), må ligge i samme mappe.',
    file: 'Sikkerhetskopi',
    noFile: 'Ingen sikkerhetskopi er valgt ennå.',
    choose: 'Velg sikkerhetskopi…',
    chooseAnother: 'Velg en annen…',
    choosing: 'Venter på valget ditt…',
    takenAt: 'Tatt {{date}}',
    notABackup:
      'Filen er ikke en sikkerhetskopi fra Fortrolig. Velg en fil der navnet begynner med fortrolig-backup- og slutter på .db.',
    keyFileMissing:
      'Nøkkelfilen til denne sikkerhetskopien ligger ikke i samme mappe. Kopier .db-filen og .key.json-filen med samme navn sammen, og velg på nytt.',
    needFile: 'Velg en sikkerhetskopi først.',
    passphrase: 'Passordfrase for gjenoppretting',
    passphraseHint: 'Passordfrasen arkivet hadde da kopien ble tatt.',
    submit: 'Gjenopprett',
    working: 'Kontrollerer og gjenoppretter kopien…',
    explainTitle: 'Hva som skjer når du gjenoppretter',
    explainCopy:
      'Fortrolig kontrollerer kopien med passordfrasen din og legger den over på denne datamaskinen. Selve kopien blir ikke endret.',
    explainKeychain:
      'Deretter lagres nøkkelen i datamaskinens nøkkelring, så du heretter åpner arkivet uten å skrive noe.',
    explainNewest:
      'Bruk den nyeste kopien du har: Det som er skrevet etter at den ble tatt, er ikke med.',
  },
  notices: {
    restored:
      'Sikkerhetskopien er gjenopprettet. Nøkkelen lagres nå i denne datamaskinens nøkkelring.',
    restoredNoKeychain:
      'Sikkerhetskopien er gjenopprettet, men datamaskinens nøkkelring var ikke tilgjengelig. Du må bruke passordfrasen for gjenoppretting hver gang du låser opp.',
  },
  security: {
    title: 'Sikkerhet',
    recovery: 'Passordfrase for gjenoppretting',
    lastTested: 'Sist bekreftet: {{date}}.',
    neverTested: 'Ikke testet på denne datamaskinen ennå.',
    test: {
      title: 'Test passordfrasen min',
      intro:
        'Skriv inn passordfrasen for å se at du fortsatt har den, og at den åpner arkivet. Ingenting blir endret.',
      passphrase: 'Passordfrase for gjenoppretting',
      submit: 'Test passordfrasen',
      working: 'Tester…',
      ok: 'Det er riktig passordfrase. Den åpner arkivet.',
    },
    change: {
      title: 'Bytt passordfrase for gjenoppretting',
      intro:
        'Nøkkelen i datamaskinens nøkkelring forblir den samme, så til daglig endres ingenting. Sikkerhetskopier som er tatt før byttet, åpnes fortsatt med den gamle passordfrasen.',
      current: 'Nåværende passordfrase',
      next: 'Ny passordfrase',
      confirm: 'Gjenta den nye passordfrasen',
      mismatch: 'De to nye passordfrasene er ikke like.',
      same: 'Den nye passordfrasen er den samme som den nåværende.',
      submit: 'Bytt passordfrase',
      working: 'Bytter…',
      done: 'Passordfrasen er byttet. Skriv ned den nye og oppbevar den et trygt sted.',
    },
    idle: {
      title: 'Automatisk låsing',
      minutes: 'Minutter uten bruk før Fortrolig låser',
      hint: 'Fra 1 til 240. Fortrolig låser også når skjermen låses eller datamaskinen går i dvale.',
      invalid: 'Skriv et helt tall fra 1 til 240.',
      save: 'Lagre',
      saved_one: 'Lagret. Fortrolig låser etter {{count}} minutt uten bruk.',
      saved_other: 'Lagret. Fortrolig låser etter {{count}} minutter uten bruk.',
    },
  },
  keyFile: {
    missingTitle: 'Nøkkelfilen til arkivet mangler',
    missingText:
      'Selve arkivet er her og er ikke endret. Men filen ved siden av, som inneholder gjenopprettingskopien av nøkkelen (vault.key.json), er borte, og denne datamaskinens nøkkelring har ingen nøkkel som åpner arkivet.',
    wayForward:
      'Legg nøkkelfilen tilbake fra en sikkerhetskopi: Velg filen som slutter på .key.json, i mappen med sikkerhetskopier. Lås deretter opp med passordfrasen for gjenoppretting.',
    putBack: 'Legg tilbake nøkkelfilen fra en sikkerhetskopi…',
    choosing: 'Venter på valget ditt…',
    notAKeyFile:
      'Filen er ikke en nøkkelfil fra Fortrolig. Velg filen som slutter på .key.json, og som ligger ved siden av en sikkerhetskopi (fortrolig-backup-….key.json).',
    restored:
      'Nøkkelfilen er lagt tilbake. Skriv inn passordfrasen for gjenoppretting som arkivet hadde da sikkerhetskopien ble tatt.',
    damaged:
      'Gjenopprettingskopien av nøkkelen (nøkkelfilen) er skadet, så passordfrasen din kan ikke åpne den. Ingenting i arkivet har gått tapt. Lås opp med denne datamaskinens nøkkelring, så reparerer Fortrolig kopien. Hvis nøkkelringen ikke kan åpne arkivet, må nøkkelfilen legges tilbake fra den nyeste sikkerhetskopien. Det kan IT-støtte hjelpe med.',
    tryKeychain: 'Lås opp med nøkkelringen',
  },
  recoveryCopy: {
    repairedLabel: 'Gjenopprettingskopien er reparert',
    repaired:
      'Gjenopprettingskopien av nøkkelen var skadet eller manglet. Fortrolig har reparert den fra kopien som oppbevares inne i arkivet. Ingenting har gått tapt. Test gjerne passordfrasen for gjenoppretting for å være sikker på at alt er i orden.',
    test: 'Test passordfrasen min',
    newTitle: 'Velg en ny passordfrase for gjenoppretting',
    newIntro:
      'Gjenopprettingskopien av nøkkelen til arkivet mangler. Arkivet er åpent, og ingenting i det har gått tapt. Men uten en gjenopprettingskopi kan du ikke åpne arkivet på en ny datamaskin, eller hvis denne datamaskinens nøkkelring mister nøkkelen.',
    newInstruction:
      'Velg en ny passordfrase for gjenoppretting nå. Skriv den ned og oppbevar den sammen med de andre viktige papirene dine.',
    passphrase: 'Ny passordfrase for gjenoppretting',
    confirm: 'Gjenta den nye passordfrasen',
    mismatch: 'De to passordfrasene er ikke like.',
    submit: 'Lagre den nye passordfrasen',
    working: 'Lagrer…',
    done: 'Den nye passordfrasen for gjenoppretting er lagret. Skriv den ned og oppbevar den på et trygt sted.',
  },
  olderCopy: {
    label: 'Slettinger gjentatt',
    reapplied_one:
      'Denne kopien av arkivet er eldre enn den siste slettingen som er registrert på denne datamaskinen. Før den ble åpnet, ble slettingen gjentatt: det den slettet, er også borte fra denne kopien.',
    reapplied_other:
      'Denne kopien av arkivet er eldre enn slettingene som er registrert på denne datamaskinen. Før den ble åpnet, ble de {{count}} slettingene som er gjort siden kopien ble tatt, gjentatt: det de slettet, er også borte fra denne kopien.',
    certificates_one: 'Sletteattesten ligger under Sletteattester som før.',
    certificates_other: 'Sletteattestene ligger under Sletteattester som før.',
    notReapplied_one:
      'Én sletting fra før denne versjonen av Fortrolig kunne ikke gjentas, fordi den ikke registrerte hvem den slettet. Se sletteattesten, og slett selv det den nevner.',
    notReapplied_other:
      '{{count}} slettinger fra før denne versjonen av Fortrolig kunne ikke gjentas, fordi de ikke registrerte hvem de slettet. Se sletteattestene, og slett selv det de nevner.',
    keepKey: 'Bruk denne kopien på denne datamaskinen',
    keeping: 'Lagrer…',
    kept: 'Nøkkelen til denne kopien lagres nå i denne datamaskinens nøkkelring. Den andre kopien kan fortsatt åpnes med sin egen passordfrase for gjenoppretting.',
    keepFailed:
      'Nøkkelringen tok ikke imot nøkkelen. Denne kopien kan fortsatt åpnes med passordfrasen for gjenoppretting. Prøv igjen neste gang du låser opp.',
  },
  reminder: {
    label: 'Påminnelse',
    text: 'Det er en stund siden du sist testet passordfrasen for gjenoppretting. En rask test viser at du fortsatt har den.',
    test: 'Test nå',
    later: 'Minn meg på det om 90 dager',
  },
};
