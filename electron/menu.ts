import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

const isMac = process.platform === 'darwin';

function showAbout(getWindow: () => BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: 'O aplikaci Přístav',
    message: `Přístav ${app.getVersion()}`,
    detail:
      'Evidence klientů a služeb integračního centra pro cizince. Data zůstávají v tomto počítači.',
    buttons: ['Zavřít'],
  };
  const window = getWindow();
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/**
 * A minimal Czech menu. It exists mostly for the keyboard: the edit roles give Ctrl+C/V/Z in
 * every text field (macOS has no clipboard shortcuts without them) and zoom helps low vision.
 */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Přístav',
          submenu: [
            { label: 'O aplikaci Přístav', click: () => showAbout(getWindow) },
            { type: 'separator' },
            { role: 'hide', label: 'Skrýt Přístav' },
            { role: 'hideOthers', label: 'Skrýt ostatní' },
            { role: 'unhide', label: 'Zobrazit vše' },
            { type: 'separator' },
            { role: 'quit', label: 'Ukončit Přístav' },
          ],
        },
      ]
    : [];

  const template: MenuItemConstructorOptions[] = [
    ...appMenu,
    {
      label: 'Soubor',
      submenu: [
        isMac ? { role: 'close', label: 'Zavřít okno' } : { role: 'quit', label: 'Ukončit' },
      ],
    },
    {
      label: 'Úpravy',
      submenu: [
        { role: 'undo', label: 'Zpět' },
        { role: 'redo', label: 'Znovu' },
        { type: 'separator' },
        { role: 'cut', label: 'Vyjmout' },
        { role: 'copy', label: 'Kopírovat' },
        { role: 'paste', label: 'Vložit' },
        { role: 'selectAll', label: 'Vybrat vše' },
      ],
    },
    {
      label: 'Zobrazení',
      submenu: [
        { role: 'resetZoom', label: 'Skutečná velikost' },
        { role: 'zoomIn', label: 'Zvětšit' },
        { role: 'zoomOut', label: 'Zmenšit' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Celá obrazovka' },
        // Reload and DevTools lose unsaved form input and expose internals: development only.
        ...(app.isPackaged
          ? []
          : ([
              { type: 'separator' },
              { role: 'reload', label: 'Znovu načíst' },
              { role: 'toggleDevTools', label: 'Nástroje pro vývojáře' },
            ] satisfies MenuItemConstructorOptions[])),
      ],
    },
    {
      label: 'Nápověda',
      role: 'help',
      submenu: [{ label: 'O aplikaci Přístav', click: () => showAbout(getWindow) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
