import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl, resolveAppFile } from '../../electron/app-url.ts';

const root = resolve('/srv/pristav/dist/renderer');

describe('resolveAppFile', () => {
  it('maps app:// paths to files inside the renderer folder', () => {
    expect(resolveAppFile('app://pristav/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://pristav/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://pristav/assets/index-1a2b.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-1a2b.js'),
    );
    expect(resolveAppFile('app://pristav/fonts/Noto%20Sans.woff2', root)).toBe(
      join(root, 'fonts', 'Noto Sans.woff2'),
    );
  });

  it('never leaves the renderer folder, however the path is written', () => {
    // The URL parser folds literal dot segments, so this one stays inside the root at worst.
    const folded = resolveAppFile('app://pristav/../../etc/passwd', root);
    expect(folded === null || folded.startsWith(root + sep)).toBe(true);
    expect(folded).not.toBe(resolve('/etc/passwd'));
    for (const url of [
      'app://pristav/..%2F..%2F..%2F..%2Fetc%2Fpasswd',
      'app://pristav/%2e%2e%2f%2e%2e%2fetc/passwd',
      'app://pristav/assets/..%2F..%2F..%2Fsecret',
      'app://pristav/..%5C..%5Cwindows%5Cwin.ini',
      'app://pristav/index.html%00.js',
      'app://pristav/%E0%A4%A',
      'app://pristav/..%2F',
    ]) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });

  it('refuses other hosts, schemes and garbage', () => {
    expect(resolveAppFile('app://evil/index.html', root)).toBeNull();
    expect(resolveAppFile('file:///srv/pristav/dist/renderer/index.html', root)).toBeNull();
    expect(resolveAppFile('not a url', root)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only our own origin', () => {
    expect(isAppUrl('app://pristav/index.html#/clients')).toBe(true);
    expect(isAppUrl('app://pristav.evil/index.html')).toBe(false);
    expect(isAppUrl('https://pristav/index.html')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
