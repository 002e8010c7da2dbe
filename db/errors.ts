import type { ErrorParams } from './contract/error-params.ts';
import type { ErrorCode } from './contract/errors.ts';

/**
 * An expected failure with a code the UI and CLI can explain. Anything else that escapes a
 * handler is an internal error and is reported without details (they may carry personal data).
 */
export class PristavError extends Error {
  readonly code: ErrorCode;
  /** Values, codes and issues only, never words: the API words the message (error-params.ts). */
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(code);
    this.name = 'PristavError';
    this.code = code;
    this.params = params;
  }
}

export function isPristavError(error: unknown): error is PristavError {
  return error instanceof PristavError;
}
