import { createApi, type Api } from '../../db/api.ts';
import type { ApiError } from '../../db/contract/errors.ts';
import type { Language } from '../../db/contract/language.ts';
import type { MethodName } from '../../db/contract/method-names.ts';
import type { Input, Output } from '../../db/contract/methods.ts';
import { openTempStore } from './temp-database.ts';

/**
 * API calls typed by the contract: the method name picks its input and output types, so a test
 * that passes a renamed field or reads a missing one fails the typecheck, not at run time.
 */
export interface ApiCalls {
  /** The call's value; throws with the method and the message when the API refuses it. */
  ok<M extends MethodName>(method: M, input: Input<M>, lang?: Language): Promise<Output<M>>;
  /**
   * The error of a call that must be refused; throws when it is accepted. The input is not
   * typed: refusing what the contract does not allow is what such tests check.
   */
  fail(method: string, input: unknown, lang?: Language): Promise<ApiError>;
}

/**
 * `ok` and `fail` over one API (Czech messages unless a language is given). A test file that
 * opens its database in beforeAll passes `() => api`: the calls then use the API of the moment.
 */
export function apiCalls(source: Api | (() => Api)): ApiCalls {
  const current = typeof source === 'function' ? source : () => source;
  return {
    async ok<M extends MethodName>(method: M, input: Input<M>, lang: Language = 'cs') {
      const result = await current().invoke(method, input, lang);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      // The API validated the input with this method's schema and ran its handler.
      return result.value as Output<M>;
    },
    async fail(method, input, lang = 'cs') {
      const result = await current().invoke(method, input, lang);
      if (result.ok) throw new Error(`${method} was accepted`);
      return result.error;
    },
  };
}

/** Methods whose contract input is optional (`emptyInput`) may be called without one. */
export type InputArgs<M extends MethodName> =
  undefined extends Input<M> ? [input?: Input<M>] : [input: Input<M>];

/** A real temp database with the real migrations and a site (openTempStore), and its API. */
export async function openTempApi(options: Parameters<typeof openTempStore>[0] = {}) {
  const temp = await openTempStore(options);
  const api = createApi(temp.store);
  return { ...temp, api, ...apiCalls(api) };
}

export type TempApi = Awaited<ReturnType<typeof openTempApi>>;
