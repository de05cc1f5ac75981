// Norsk (bokmål) tekst for innsynskopien (personvernforordningen art. 15 og 20).
import type { Messages } from '../en';

export const accessCopyNb: Messages['accessCopy'] = {
  action: 'Lag innsynskopi',
  intro:
    'Alt arkivet har om personen, samles i én pdf kryptert med AES-256: en rapport på språket du velger, data.json og originaldokumentene. Du velger mappen etterpå.',
  language: 'Kopiens språk',
  languages: { da: 'Dansk', nb: 'Norsk', en: 'Engelsk' },
  export: 'Velg mappe og lagre kopien',
  exporting: 'Lagrer…',
  cancel: 'Avbryt',
  savedAs: 'Innsynskopien er lagret som {{fileName}}, og forespørselen er fullført.',
  passphraseLabel: 'Passord for kopien',
  passphraseOnce:
    'Passordet vises bare nå og lagres ingen steder. Skriv det ned, eller send det med en gang.',
  otherChannel:
    'Send passordet en annen vei enn filen: på sms eller telefon, aldri i samme e-post.',
  noted: 'Jeg har sendt eller notert passordet',
  notWritable: 'Fortrolig kan ikke skrive til den mappen. Velg en annen.',
  notAFolder: 'Det er ikke en mappe. Velg en mappe.',
};
