// Who did something, as records name them: the consultant's name from Settings, or, in records
// written before a name was set, the placeholder 'consultant' (shown as words, not as an English id).
import { PLACEHOLDER_CONSULTANT } from '@core/retention/certificate-body';

export function consultantShown(name: string | null | undefined, unnamed: string): string {
  return !name || name === PLACEHOLDER_CONSULTANT ? unnamed : name;
}
