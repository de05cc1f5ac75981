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
  keyFile: {
    missingTitle: 'The vault’s key file is missing',
    missingText:
      'The vault itself is here and has not been changed. But the file beside it that holds the recovery copy of its key (vault.key.json) is gone, and this computer’s keychain has no key that opens the vault.',
    wayForward:
      'Put back the key file from a backup: choose the file ending in .key.json in your backup folder. Then unlock with your recovery passphrase.',
    putBack: 'Put back the key file from a backup…',
    choosing: 'Waiting for your choice…',
    notAKeyFile:
      'That file is not a key file from Fortrolig. Choose the file ending in .key.json that sits beside a backup (fortrolig-backup-….key.json).',
    restored:
      'The key file is back. Enter the recovery passphrase the vault had when that backup was taken.',
    damaged:
      'The recovery copy of the key (the key file) is damaged, so your passphrase cannot open it. Nothing in the vault is lost. Unlock with this computer’s keychain: Fortrolig then repairs the copy. If the keychain cannot open the vault, the key file must be put back from your newest backup; your IT support can help with that.',
    tryKeychain: 'Unlock with the keychain',
  },
  recoveryCopy: {
    repairedLabel: 'Recovery copy repaired',
    repaired:
      'The recovery copy of the key was damaged or missing. Fortrolig has repaired it from the copy kept inside the vault. Nothing was lost. To be sure all is well, test your recovery passphrase.',
    test: 'Test my recovery passphrase',
    newTitle: 'Set a new recovery passphrase',
    newIntro:
      'The recovery copy of the vault’s key is missing. The vault is open and nothing in it is lost. But without a recovery copy you could not open the vault on a new computer, or if this computer’s keychain lost its key.',
    newInstruction:
      'Choose a new recovery passphrase now. Write it down and keep it with your other important papers.',
    passphrase: 'New recovery passphrase',
    confirm: 'Repeat the new passphrase',
    mismatch: 'The two passphrases are not the same.',
    submit: 'Set the new passphrase',
    working: 'Saving…',
    done: 'The new recovery passphrase is set. Write it down and keep it somewhere safe.',
  },
  olderCopy: {
    label: 'Shreddings carried out again',
    reapplied_one:
      'This copy of the vault is older than the last shredding recorded on this computer. Before it opened, that shredding was carried out again: what it deleted is gone from this copy too.',
    reapplied_other:
      'This copy of the vault is older than the shreddings recorded on this computer. Before it opened, the {{count}} shreddings made since the copy was taken were carried out again: what they deleted is gone from this copy too.',
    certificates_one: 'Its certificate is under Certificates, as before.',
    certificates_other: 'Their certificates are under Certificates, as before.',
    notReapplied_one:
      'One shredding from before this version of Fortrolig could not be repeated, because it did not record whom it deleted. Check its certificate and delete by hand what it names.',
    notReapplied_other:
      '{{count}} shreddings from before this version of Fortrolig could not be repeated, because they did not record whom they deleted. Check their certificates and delete by hand what they name.',
    keepKey: 'Use this copy on this computer',
    keeping: 'Saving…',
    kept: 'This copy’s key is now kept in this computer’s keychain. The other copy still opens with its own recovery passphrase.',
    keepFailed:
      'The keychain did not take the key. This copy still opens with the recovery passphrase. Try again after the next unlock.',
  },
  reminder: {
    label: 'Reminder',
    text: 'It is some time since you last tested your recovery passphrase. A quick test shows you still have it.',
    test: 'Test now',
    later: 'Remind me in 90 days',
  },
};
