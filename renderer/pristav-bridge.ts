import type { Input, Language, MethodName, Output, Result } from '../db/contract/index.ts';

/**
 * What the Electron preload exposes as `window.pristav`: exactly one function per contract
 * method, taking the input and the UI language, answering with the Result envelope.
 */
export type PristavBridge = {
  [M in MethodName]: (input: Input<M>, lang: Language) => Promise<Result<Output<M>>>;
};

declare global {
  interface Window {
    pristav?: PristavBridge;
  }
}
