// Keyboard shortcut tests shared by the screens, so every screen reads keys the same way.
export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent);

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

const primary = (e: KeyLike) => (isMac() ? e.metaKey : e.ctrlKey);

/** Ctrl/Cmd+S: save now. */
export const isSaveKey = (e: KeyLike) => primary(e) && !e.altKey && e.key.toLowerCase() === 's';

/** Ctrl/Cmd+K, or "/" outside a text field: search. */
export function isSearchKey(e: KeyLike, inTextField: boolean): boolean {
  if (primary(e) && !e.altKey && e.key.toLowerCase() === 'k') return true;
  return !inTextField && e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey;
}

/** Alt+N: new note. By code, since Alt+N types a character on some layouts. */
export const isNewNoteKey = (e: KeyLike) =>
  e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export const searchKeysLabel = (): string => (isMac() ? '⌘K' : 'Ctrl+K');
export const saveKeysLabel = (): string => (isMac() ? '⌘S' : 'Ctrl+S');
export const newNoteKeysLabel = (): string => (isMac() ? '⌥N' : 'Alt+N');
