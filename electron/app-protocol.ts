import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme, resolveAppFile } from './app-url.ts';
import { contentTypeFor } from './content-type.ts';
import { securityHeaders } from '../db/contract/security-headers.ts';

/**
 * Must run before the app is ready. `standard` gives app://pristav a real origin (so 'self' in
 * the CSP and the IPC sender check mean something), `secure` makes it a secure context, and
 * fetch/CORS support lets the module scripts Vite emits (crossorigin) load from it.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves files from rootDir only, each with the security headers; everything else is 404. */
export function serveAppScheme(rootDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const file = resolveAppFile(request.url, rootDir);
    if (file === null || request.method !== 'GET') return notFound();
    try {
      // fs reads work inside app.asar too (Electron patches fs), unlike a plain file server.
      const body = await readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...securityHeaders, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return notFound();
    }
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
