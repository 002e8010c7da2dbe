import { useEffect, useRef, useState } from 'react';
import type { SyncRunStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { runSync, type ConfirmMassDelete } from './sync-jobs.ts';

export interface SyncRun {
  status: SyncRunStatus | null;
  /** The API's message when the run could not start or be followed. */
  error: string | null;
  isRunning: boolean;
  start(): void;
  cancel(): void;
}

/**
 * "Synchronizovat" on the screen: runs runSync, keeps its latest status for the progress bar,
 * and hands the final status to onFinished (done, cancelled or failed).
 */
export function useSyncRun(
  onFinished: (run: SyncRunStatus) => void,
  confirmMassDelete: ConfirmMassDelete,
): SyncRun {
  const [status, setStatus] = useState<SyncRunStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isRunning, setRunning] = useState(false);
  // Each start begins a new generation; leaving the page ends the current one.
  const generation = useRef(0);
  const jobId = useRef<string | null>(null);

  useEffect(() => {
    const ref = generation;
    return () => {
      ref.current++;
    };
  }, []);

  const start = async () => {
    const id = ++generation.current;
    const isCurrent = () => id === generation.current;
    setStatus(null);
    setError(null);
    setRunning(true);
    jobId.current = null;
    const outcome = await runSync({
      confirmMassDelete,
      isCurrent,
      onStatus: setStatus,
      onJob: (started) => {
        jobId.current = started;
      },
    });
    if (!isCurrent()) return;
    setRunning(false);
    if (outcome.status === 'failed') setError(outcome.message);
    if (outcome.status === 'ended') onFinished(outcome.run);
  };

  const cancel = async () => {
    if (!jobId.current) return;
    const result = await call('sync.runCancel', { jobId: jobId.current });
    // The polling loop goes on and reports the state the run ends in.
    if (!result.ok) setError(result.error.message);
  };

  return {
    status,
    error,
    isRunning,
    start: () => void start(),
    cancel: () => void cancel(),
  };
}
