import { contextBridge, ipcRenderer } from 'electron';
import { methodNames, type MethodName } from '../db/contract/method-names.ts';

// Only the import-free method list: the sandboxed preload is bundled alone, and pulling in the
// contract's index would drag zod into every window for nothing (main validates anyway).

// Kept in step with callChannel in ipc.ts; the preload cannot import main-process code.
const callChannel = 'pristav:call';

function callFor(method: MethodName) {
  return (input: unknown, lang?: string): Promise<unknown> =>
    ipcRenderer.invoke(callChannel, method, input, lang);
}

/** One entry per contract method, built from the list so a new method needs no edit here. */
function forEachMethod<T>(make: (method: MethodName) => T): Record<MethodName, T> {
  // Object.fromEntries loses the key type; every name of the tuple is mapped, so this holds.
  return Object.fromEntries(methodNames.map((method) => [method, make(method)])) as Record<
    MethodName,
    T
  >;
}

const bridge = forEachMethod(callFor) satisfies Record<
  MethodName,
  (input: unknown, lang?: string) => Promise<unknown>
>;

contextBridge.exposeInMainWorld('pristav', bridge);

// Kept in step with pickFolderChannel in ipc.ts. Native dialogs the API cannot offer: the
// renderer asks for a folder (where a sync file goes) and gets its path, or null.
const pickFolderChannel = 'pristav:pick-folder';
contextBridge.exposeInMainWorld('pristavShell', {
  pickFolder: (title: string): Promise<string | null> =>
    ipcRenderer.invoke(pickFolderChannel, title),
});
