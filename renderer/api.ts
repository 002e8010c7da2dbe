import type {
  ApiError,
  ErrorCode,
  Input,
  Language,
  MethodName,
  Output,
  Result,
  Translated,
} from '../db/contract/index.ts';
import type {} from './pristav-bridge.ts';
import { sessionToken } from './session-token.ts';
import { currentSessionEpoch, useSessionStore } from './state/session-store.ts';
import { currentLanguage } from './state/ui-store.ts';

/** Failures of the transport itself; the API's own errors arrive with their message already. */
const transportMessages = {
  unauthorised: {
    cs: 'Přístup odmítnut: chybí platný přístupový klíč. Otevřete Přístav znovu z aplikace.',
    en: 'Access denied: the access key is missing or invalid. Open Přístav again from the app.',
  },
  forbiddenOrigin: {
    cs: 'Přístup odmítnut: stránka nebyla otevřena z tohoto počítače.',
    en: 'Access denied: the page was not opened from this computer.',
  },
  unreachable: {
    cs: 'Aplikace neodpovídá. Zkontrolujte, že Přístav běží, a zkuste to znovu.',
    en: 'The app does not respond. Check that Přístav is running and try again.',
  },
  badAnswer: {
    cs: 'Aplikace odpověděla nečekaně (HTTP {status}).',
    en: 'The app gave an unexpected answer (HTTP {status}).',
  },
} satisfies Record<string, Translated>;

function failure(
  code: ErrorCode,
  key: keyof typeof transportMessages,
  lang: Language,
  status = 0,
): Result<never> {
  const message = transportMessages[key][lang].replace('{status}', String(status));
  return { ok: false, error: { code, message } };
}

function isEnvelope(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  if (body.ok === true) return 'value' in body;
  if (body.ok !== false || !('error' in body)) return false;
  const error = body.error as Partial<ApiError> | null;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

async function callLoopbackHost<M extends MethodName>(
  method: M,
  input: Input<M>,
  lang: Language,
): Promise<Result<Output<M>>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Pristav-Token': sessionToken() ?? '',
        'X-Pristav-Lang': lang,
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('INTERNAL', 'unreachable', lang);
  }
  if (response.status === 401) return failure('FORBIDDEN', 'unauthorised', lang);
  if (response.status === 403) return failure('FORBIDDEN', 'forbiddenOrigin', lang);
  const body: unknown = await response.json().catch(() => undefined);
  if (!isEnvelope(body)) return failure('INTERNAL', 'badAnswer', lang, response.status);
  return body as Result<Output<M>>;
}

/**
 * Calls one API method and answers with the contract's Result envelope; never throws. Uses the
 * Electron bridge when present, else the loopback host that served this page. Messages come
 * back in the current UI language.
 */
export async function call<M extends MethodName>(
  method: M,
  input: Input<M>,
): Promise<Result<Output<M>>> {
  const epoch = currentSessionEpoch();
  const result = await send(method, input, currentLanguage());
  // Signed out or locked meanwhile (idle too long, another window): the sign-in or lock screen
  // comes up, whichever screen made the call.
  if (
    !result.ok &&
    (result.error.code === 'SIGN_IN_REQUIRED' || result.error.code === 'SESSION_LOCKED')
  ) {
    useSessionStore.getState().refuse(result.error.code, epoch);
  }
  return result;
}

async function send<M extends MethodName>(
  method: M,
  input: Input<M>,
  lang: Language,
): Promise<Result<Output<M>>> {
  const bridge = window.pristav;
  if (!bridge) return callLoopbackHost(method, input, lang);
  const invoke = bridge[method] as (input: Input<M>, lang: Language) => Promise<Result<Output<M>>>;
  try {
    return await invoke(input, lang);
  } catch {
    return failure('INTERNAL', 'unreachable', lang);
  }
}
