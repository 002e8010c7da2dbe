import type { User } from './contract/domain.ts';
import type { Language } from './contract/language.ts';
import type { MethodName } from './contract/method-names.ts';
import type { Output, ParsedInput } from './contract/methods.ts';
import type { Store } from './store.ts';

/**
 * Who is signed in to one API (one desktop window, one loopback host, one CLI run). Kept in
 * memory only: closing the app signs out.
 */
export interface SessionState {
  userId: string | null;
  lastActivity: number;
  isLocked: boolean;
}

/** What every handler receives: the open database and the user the call acts for. */
export interface ApiContext {
  store: Store;
  user: User | null;
  /** The acting user's id, or null before setup: the author of every change. */
  userId: string | null;
  lang: Language;
  /** Who is signed in to this API (db/security/session.ts); session methods change it. */
  session: SessionState;
}

type Handler<M extends MethodName> = (
  context: ApiContext,
  input: ParsedInput<M>,
) => Output<M> | Promise<Output<M>>;

export interface MethodDefinition<M extends MethodName> {
  handler: Handler<M>;
  /** Methods that work before the first-run setup has created this site. */
  isAllowedBeforeSetup?: boolean;
  /**
   * Methods that answer while a legacy import holds its write transaction open (its own status
   * and cancel); every other call waits until the import ends (see run() in db/api.ts).
   */
  isAnsweredDuringImport?: boolean;
}
