// Types t() keys against the English messages, so a missing or misspelt key fails the typecheck.
import type { Messages } from './en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
