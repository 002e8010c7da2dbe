import type { ImportStatus } from '../../db/contract/legacy-import.ts';
import type { Language } from '../../db/contract/language.ts';
import type { App } from '../../db/open-app.ts';
import { invoke } from './cli-context.ts';

/** How often a waiting command asks for the job's progress. */
const pollMs = 10;

/**
 * Waits until a legacy import started in this process ends, and returns its last status. The
 * job runs on this process's event loop, with this open database: a command must wait for it
 * before it closes the database, or the job would stop half-way with nothing imported.
 */
export async function waitForImportJob(
  app: App,
  jobId: string,
  lang: Language,
): Promise<ImportStatus> {
  for (;;) {
    const status = (await invoke(app, 'import.status', { jobId }, lang)) as ImportStatus;
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
