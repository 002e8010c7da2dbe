/**
 * The desktop app's native folder dialog (electron/preload.ts exposes it); absent in the
 * browser, where files are downloaded instead.
 */
interface PristavShell {
  pickFolder(title: string): Promise<string | null>;
}

declare global {
  interface Window {
    pristavShell?: PristavShell;
  }
}

export function canPickFolder(): boolean {
  return typeof window !== 'undefined' && window.pristavShell !== undefined;
}

/** The folder the person chose, or null when they cancelled or there is no dialog. */
export async function pickFolder(title: string): Promise<string | null> {
  return window.pristavShell ? window.pristavShell.pickFolder(title) : null;
}
