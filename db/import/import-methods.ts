import type { MethodDefinition } from '../api-types.ts';
import { inspectImport } from './inspect-import.ts';
import { cancelImport, importStatus, startImport } from './import-jobs.ts';

type ImportMethod = 'import.inspect' | 'import.start' | 'import.status' | 'import.cancel';

/** The legacy import's API methods (INTERFACES.md "Legacy import"). */
export const importMethods: { [M in ImportMethod]: MethodDefinition<M> } = {
  'import.inspect': { handler: ({ lang }, input) => inspectImport(input, lang) },
  'import.start': {
    handler: ({ store, userId, lang }, input) => startImport(store, userId, input, lang),
  },
  'import.status': {
    handler: ({ store }, input) => importStatus(store, input.jobId),
    isAnsweredDuringImport: true,
  },
  'import.cancel': {
    handler: ({ store }, input) => cancelImport(store, input.jobId),
    isAnsweredDuringImport: true,
  },
};
