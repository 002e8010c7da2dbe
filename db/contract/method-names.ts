/**
 * Every API method, written once as 'domain.verb'. Kept free of imports so the Electron preload
 * can bundle it without pulling zod into the sandboxed renderer bridge.
 */
export const methodNames = ['app.info', 'site.create', 'settings.get', 'settings.set'] as const;

export type MethodName = (typeof methodNames)[number];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (methodNames as readonly string[]).includes(name);
}
