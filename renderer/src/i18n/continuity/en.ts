// English text for continuity: the first-run choice, restoring a backup, Settings → Security and
// the 90-day reminder to test the recovery passphrase.
export const continuityEn = {
  firstRun: {
    title: 'Welcome to Fortrolig',
    intro: 'Set up the encrypted vault on this computer.',
    choice: 'How do you want to start?',
    create: 'Create a new vault',
    createHint: 'The first time you use Fortrolig.',
    restore: 'Restore from a backup',
    restoreHint: 'On a new computer, or after the old one was lost.',
  },
  restore: {
    title: 'Restore from a backup',
    intro:
      'Choose the backup file (fortrolig-backup-….db). Its key file (….key.json) must be in the same folder.',
    file: 'Backup',
    noFile: 'No backup chosen yet.',
    choose: 'Choose backup…',
    chooseAnother: 'Choose another backup…',
    choosing: 'Waiting for your choice…',
    takenAt: 'Taken {{date}}',
    notABackup:
      'That file is not a Fortrolig backup. Choose a file whose name starts with fortrolig-backup- and ends in .db.',
    keyFileMissing:
      'The key file for this backup is not in the same folder. Copy the .db file and the .key.json file with the same name together, then choose again.',
    needFile: 'Choose a backup first.',
    passphrase: 'Recovery passphrase',
    passphraseHint: 'The passphrase the vault had when this backup was taken.',
    submit: 'Restore',
    working: 'Checking and restoring the backup…',
    explainTitle: 'What restoring does',
    explainCopy:
      'Fortrolig checks the backup with your passphrase and copies it to this computer. The backup itself is not changed.',
    explainKeychain:
      'The key is then kept in this computer’s keychain, so from now on you open the vault without typing anything.',
    explainNewest:
      'Use the newest backup you have: anything written after it was taken is not in it.',
  },
  notices: {
    restored: 'The backup is restored. Its key is now kept in this computer’s keychain.',
    restoredNoKeychain:
      'The backup is restored, but this computer’s keychain was not available. You will need your recovery passphrase each time you unlock.',
  },
  security: {
    title: 'Security',
    recovery: 'Recovery passphrase',
    lastTested: 'Last confirmed to work: {{date}}.',
    neverTested: 'Not tested on this computer yet.',
    test: {
      title: 'Test my recovery passphrase',
      intro:
        'Type the passphrase to check that you still have it and that it opens this vault. Nothing is changed.',
      passphrase: 'Recovery passphrase',
      submit: 'Test passphrase',
      working: 'Testing…',
      ok: 'That is the right passphrase. It opens this vault.',
    },
    change: {
      title: 'Change recovery passphrase',
      intro:
        'The key in this computer’s keychain stays the same, so day to day nothing changes. Backups taken before the change still open with the old passphrase.',
      current: 'Current passphrase',
      next: 'New passphrase',
      confirm: 'Repeat the new passphrase',
      mismatch: 'The two new passphrases are not the same.',
      same: 'The new passphrase is the same as the current one.',
      submit: 'Change passphrase',
      working: 'Changing…',
      done: 'The recovery passphrase is changed. Write the new one down and keep it somewhere safe.',
    },
    idle: {
      title: 'Automatic lock',
      minutes: 'Minutes without use before Fortrolig locks',
      hint: 'From 1 to 240. Fortrolig also locks when the screen locks or the computer sleeps.',
      invalid: 'Enter a whole number from 1 to 240.',
      save: 'Save',
      saved_one: 'Saved. Fortrolig locks after {{count}} minute without use.',
      saved_other: 'Saved. Fortrolig locks after {{count}} minutes without use.',
    },
  },
  reminder: {
    label: 'Reminder',
    text: 'It is some time since you last tested your recovery passphrase. A quick test shows you still have it.',
    test: 'Test now',
    later: 'Remind me in 90 days',
  },
};
