// Dansk tekst til indsigtskopien (databeskyttelsesforordningen art. 15 og 20).
import type { Messages } from '../en';

export const accessCopyDa: Messages['accessCopy'] = {
  action: 'Lav indsigtskopi',
  intro:
    'Alt, hvad arkivet har om personen, samles i én pdf krypteret med AES-256: en rapport på det sprog, du vælger, data.json og de originale dokumenter. Du vælger mappen bagefter.',
  language: 'Kopiens sprog',
  languages: { da: 'Dansk', nb: 'Norsk', en: 'Engelsk' },
  export: 'Vælg mappe og gem kopien',
  exporting: 'Gemmer…',
  cancel: 'Annullér',
  savedAs: 'Indsigtskopien er gemt som {{fileName}}, og anmodningen er gennemført.',
  passphraseLabel: 'Adgangskode til kopien',
  passphraseOnce:
    'Adgangskoden vises kun nu og gemmes ingen steder. Skriv den ned, eller send den med det samme.',
  otherChannel:
    'Send adgangskoden ad en anden vej end filen: på sms eller telefon, aldrig i samme e-mail.',
  noted: 'Jeg har sendt eller noteret adgangskoden',
  notWritable: 'Fortrolig kan ikke skrive i den mappe. Vælg en anden.',
  notAFolder: 'Det er ikke en mappe. Vælg en mappe.',
};
