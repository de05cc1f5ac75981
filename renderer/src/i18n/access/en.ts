// English text for the access copy (GDPR art. 15 and 20): export it, then its passphrase once.
export const accessCopyEn = {
  action: 'Export access copy',
  intro:
    'Everything the vault holds about the person goes into one PDF encrypted with AES-256: a report in the language you choose, data.json and the original documents. You choose the folder next.',
  language: 'Language of the copy',
  languages: { da: 'Danish', nb: 'Norwegian', en: 'English' },
  export: 'Choose folder and export',
  exporting: 'Exporting…',
  cancel: 'Cancel',
  savedAs: 'The access copy is saved as {{fileName}}, and the request is completed.',
  passphraseLabel: 'Password for the copy',
  passphraseOnce:
    'This password is shown only now and is not kept anywhere. Write it down or send it straight away.',
  otherChannel:
    'Send the password by another channel than the file: by SMS or phone, never in the same e-mail.',
  noted: 'I have sent or noted the password',
  notWritable: 'Fortrolig cannot write to that folder. Choose another one.',
  notAFolder: 'That is not a folder. Choose a folder.',
};
