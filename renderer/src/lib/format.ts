// Dates in the reader's locale via Intl, so a Danish user reads Danish dates and an English one theirs.
import type { Language } from '../i18n/language';
import { dateFormat } from './dates';

export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatTime(date: Date, language: Language): string {
  return dateFormat(language, { timeStyle: 'short' }).format(date);
}

/** The save shortcut as the platform spells it. */
export function saveShortcutLabel(): string {
  return /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘ + Enter' : 'Ctrl + Enter';
}
