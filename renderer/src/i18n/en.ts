// English UI text. Its shape is the Messages type every other language must match key for key.
import type { ErrorCode } from '../../../main/ipc/contract';

export const en = {
  app: {
    name: 'Fortrolig',
    tagline: 'Confidential notes, encrypted on this computer',
  },
  header: {
    lock: 'Lock',
    language: 'Language',
    theme: 'Theme',
    themes: { system: 'As system', light: 'Light', dark: 'Dark' },
  },
  loading: 'Opening…',
  create: {
    title: 'Create your encrypted vault',
    intro:
      'Fortrolig keeps your notes encrypted on this computer. Choose a recovery passphrase to create the vault.',
    passphrase: 'Recovery passphrase',
    confirm: 'Repeat the passphrase',
    hint: 'At least {{min}} characters. Several unrelated words are easy to remember and hard to guess.',
    mismatch: 'The two passphrases are not the same.',
    tooShort: 'Use at least {{min}} characters ({{count}} so far).',
    submit: 'Create vault',
    working: 'Creating the vault…',
    explainTitle: 'What the recovery passphrase is for',
    explainKeychain:
      'Your key is kept in this computer’s keychain, so day to day you open the vault without typing anything.',
    explainNewLaptop:
      'The passphrase is how you get in on a new laptop, or if the keychain is lost.',
    explainNoRecovery:
      'We cannot recover it for you. Write it down and keep it somewhere safe, away from this computer.',
  },
  strength: {
    label: 'Estimated strength',
    tooShort: 'Too short',
    weak: 'Weak',
    fair: 'Fair',
    strong: 'Strong',
    note: 'An estimate from length and variety of characters; it cannot tell whether the phrase is easy to guess.',
  },
  unlock: {
    title: 'Fortrolig is locked',
    trying: 'Opening with this computer’s keychain…',
    keychainButton: 'Unlock',
    keychainHint: 'Uses the key kept in this computer’s keychain.',
    usePassphrase: 'Use the recovery passphrase instead',
    reason: {
      keychainEntryMissing:
        'This computer’s keychain has no key for this vault. Enter your recovery passphrase.',
      keychainUnavailable:
        'This computer’s keychain cannot be reached. Enter your recovery passphrase.',
      wrongKey:
        'The key in this computer’s keychain does not open this vault. Enter your recovery passphrase.',
    },
    passphrase: 'Recovery passphrase',
    remember: 'Remember on this computer',
    rememberHint: 'Keeps the key in this computer’s keychain, so next time you need no passphrase.',
    submit: 'Unlock',
    working: 'Unlocking…',
  },
  notes: {
    title: 'Notes',
    newNote: 'New note',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved at {{time}}',
    unsaved: 'Not saved yet',
    shortcut: '{{keys}} saves',
    listLabel: 'Saved notes',
    empty: 'No notes yet. Your first note will appear here.',
    loadMore: 'Load more',
    loading: 'Loading…',
    written: 'Written {{date}}',
  },
  notices: {
    created: 'The vault is created. Its key is kept in this computer’s keychain.',
    keychainUnavailable:
      'This computer’s keychain was not available, so the key was not stored there. You will need your recovery passphrase each time you unlock.',
    dismiss: 'Dismiss',
  },
  errors: {
    validation: 'Something in the form is not valid. Please check it and try again.',
    vaultLocked: 'The vault is locked. Unlock it to continue.',
    vaultAbsent: 'There is no vault on this computer yet.',
    vaultExists: 'A vault already exists on this computer.',
    wrongPassphrase: 'That passphrase is not correct. Check the spelling and try again.',
    wrongKey: 'The key that was found does not open this vault.',
    keychainUnavailable: 'This computer’s keychain cannot be reached.',
    keychainEntryMissing: 'This computer’s keychain has no key for this vault.',
    vaultCorrupt: 'The vault file is damaged. It has not been changed. Contact your IT support.',
    vaultFromFuture:
      'This vault was made by a newer version of Fortrolig. Update the app to open it.',
    weakPassphrase: 'The passphrase is too short. Use at least {{min}} characters.',
    notFound: 'That record no longer exists. It may have been deleted.',
    noteLocked: 'This note is locked and cannot be changed. Add a dated addendum instead.',
    invalidNationalId: 'The national ID number is not valid.',
    duplicateNationalId: 'A participant with this national ID number already exists.',
    documentTooLarge: 'The file is larger than 25 MB and was not added.',
    invalidDates: 'The end date must be on or after the start date.',
    notEnrolled: 'The participant is not enrolled in that programme.',
    unknownChannel: 'The app asked for something it does not know. Please restart Fortrolig.',
    forbidden: 'This action is not allowed.',
    internal: 'Something unexpected went wrong. Try again, and restart Fortrolig if it persists.',
  } satisfies Record<ErrorCode, string>,
};

/** The shape every language file must have: same keys, any text. */
export type Messages = typeof en;
