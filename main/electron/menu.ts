// The app menu: only what a consultant needs (edit shortcuts, window, quit); dev tools only unpackaged.
import type { MenuItemConstructorOptions } from 'electron';

/**
 * The app menu for `platform`: edit shortcuts, window and quit (the app menu on macOS), the
 * developer tools only when not packaged.
 */
export function buildMenuTemplate(
  isPackaged: boolean,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (platform === 'darwin') template.push({ role: 'appMenu' });
  else template.push({ label: 'Fortrolig', submenu: [{ role: 'quit' }] });
  // Without an Edit menu, copy and paste shortcuts do not work on macOS.
  template.push({ role: 'editMenu' });
  if (!isPackaged) {
    template.push({
      label: 'Develop',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }],
    });
  }
  template.push({ role: 'windowMenu' });
  return template;
}
