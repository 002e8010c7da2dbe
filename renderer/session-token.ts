const storageKey = 'pristav.token';

/**
 * The loopback host opens the page at `/#token=…`. Moves the token into sessionStorage (so a
 * reload still works, and the token does not linger in the address bar or history) and leaves
 * `#/` for the hash router. Must run before the router reads the hash.
 */
export function captureSessionToken(): void {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const token = new URLSearchParams(hash).get('token');
  if (!token) return;
  window.sessionStorage.setItem(storageKey, token);
  window.history.replaceState(window.history.state, '', '#/');
}

export function sessionToken(): string | null {
  return window.sessionStorage.getItem(storageKey);
}
