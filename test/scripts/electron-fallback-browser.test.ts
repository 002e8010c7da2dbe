import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../scripts/lib/electron-fallback-browser.ts';

const url = 'http://127.0.0.1:4173/#token=a-b_c&x';

describe('browserCommand', () => {
  it('uses xdg-open on Linux only inside a graphical session', () => {
    expect(browserCommand(url, 'linux', {})).toBeNull();
    expect(browserCommand(url, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
  });

  it('uses open on macOS and a quoted start on Windows', () => {
    expect(browserCommand(url, 'darwin', {})).toEqual({ command: 'open', args: [url] });
    const windows = browserCommand(url, 'win32', {});
    expect(windows?.command).toBe('cmd.exe');
    expect(windows?.isVerbatim).toBe(true);
    // The whole address stays inside quotes, or cmd.exe would cut it at "&".
    expect(windows?.args.at(-1)).toBe(`"start "" "${url}""`);
  });
});
