import { spawn } from 'node:child_process';

export interface BrowserCommand {
  command: string;
  args: string[];
  /** cmd.exe parses its own command line; Node's quoting would break `start ""`. */
  isVerbatim?: boolean;
}

/**
 * How to open a URL in the user's browser here, or null when there is nowhere to show it
 * (a Linux console without X11/Wayland): then only the address is printed.
 */
export function browserCommand(
  url: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): BrowserCommand | null {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') {
    // Quoted, so & and # in the address reach `start` intact; "" is the window title.
    return {
      command: 'cmd.exe',
      args: ['/d', '/s', '/c', `"start "" "${url}""`],
      isVerbatim: true,
    };
  }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: [url] };
}

/** Best effort: a missing opener or a failing one never stops the app, the address is printed. */
export function openInBrowser(url: string): boolean {
  const opener = browserCommand(url);
  if (opener === null) return false;
  try {
    const child = spawn(opener.command, opener.args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      windowsVerbatimArguments: opener.isVerbatim ?? false,
    });
    child.on('error', () => {});
    child.unref();
    return true;
  } catch {
    return false;
  }
}
