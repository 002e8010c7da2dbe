import type { ApiError } from './errors.ts';

/** Every API call answers with this envelope, whatever the transport. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
