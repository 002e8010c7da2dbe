import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Api } from '../db/api.ts';
import { errorMessage, type ErrorCode } from '../db/contract/errors.ts';
import { toLanguage, type Language } from '../db/contract/language.ts';
import { isMethodName } from '../db/contract/method-names.ts';
import type { Result } from '../db/contract/result.ts';
import { isAppUrl } from './app-url.ts';

/** The one channel of the bridge; the preload uses the same name. */
export const callChannel = 'pristav:call';
/** The folder dialog (export of sync files to a stick); the preload uses the same name. */
export const pickFolderChannel = 'pristav:pick-folder';

function failure(
  code: ErrorCode,
  lang: Language,
  params: Record<string, string | number> = {},
): Result<never> {
  return { ok: false, error: { code, message: errorMessage(code, lang, params) } };
}

/**
 * The only way from the renderer into the app. Every call is checked here, not in the preload:
 * the preload runs inside the page's process, the main process is the trust boundary.
 */
export function registerIpc(api: Promise<Api>): void {
  ipcMain.handle(
    callChannel,
    async (event: IpcMainInvokeEvent, method: unknown, input: unknown, lang: unknown) => {
      const language = toLanguage(lang);
      // senderFrame is null once the frame has navigated away or been destroyed.
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isAppUrl(frameUrl)) return failure('FORBIDDEN', language);
      if (!isMethodName(method)) {
        return failure('UNKNOWN_METHOD', language, { method: String(method).slice(0, 100) });
      }
      try {
        // Calls that arrive while the database is still opening simply wait for it.
        return await (await api).invoke(method, input, language);
      } catch (error) {
        // The API answers with envelopes; a throw here is a bug. No details: they may be personal.
        console.error('Přístav: IPC call failed', method, error instanceof Error ? error.name : '');
        return failure('INTERNAL', language);
      }
    },
  );
}

/** A native folder dialog for the page that asks; the path chosen, or null. */
export function registerFolderDialog(): void {
  ipcMain.handle(pickFolderChannel, async (event: IpcMainInvokeEvent, title: unknown) => {
    if (!isAppUrl(event.senderFrame?.url ?? '')) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = {
      title: typeof title === 'string' ? title.slice(0, 200) : '',
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
}
