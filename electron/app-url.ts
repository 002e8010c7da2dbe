import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The renderer is served from a custom scheme rather than file:// so that its origin is one
 * fixed value (app://pristav) that the IPC handler can check, responses can carry a CSP header,
 * and the page cannot read any file on the disk, only the built renderer folder.
 *
 * Pure (no electron import) so the resolver can be unit-tested without an Electron binary.
 */
export const appScheme = 'app';
export const appHost = 'pristav';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

/** True for any URL of our own renderer (the sender check of IPC and navigation rely on it). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/**
 * Maps an app:// request to a file inside rootDir, or null when the request must be refused:
 * another host, undecodable or NUL-carrying paths, backslashes (a separator on Windows only),
 * and anything that would resolve outside rootDir, however it is encoded.
 */
export function resolveAppFile(requestUrl: string, rootDir: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(requestUrl);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';

  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    return null;
  }
  return file;
}
