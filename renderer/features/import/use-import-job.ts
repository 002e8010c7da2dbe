import { useEffect, useRef, useState } from 'react';
import type { ImportStartInput, ImportStatus } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

/** How often a running job is asked how far it got. */
const pollMilliseconds = 200;

export interface ImportJob {
  status: ImportStatus | null;
  /** The API's message when the job could not start or be followed. */
  error: string | null;
  isRunning: boolean;
  start(input: ImportStartInput): void;
  cancel(): void;
  /** Forgets the job (it keeps running on the server if it still does). */
  reset(): void;
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

/** Starts an import job (a dry run or the real one) and follows it until it ends. */
export function useImportJob(): ImportJob {
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isActive, setActive] = useState(false);
  // Each start or reset begins a new generation; a loop of an older one stops at its next step.
  const generation = useRef(0);

  useEffect(() => {
    const ref = generation;
    return () => {
      ref.current++;
    };
  }, []);

  const follow = async (jobId: string, id: number): Promise<void> => {
    for (;;) {
      const result = await call('import.status', { jobId });
      if (id !== generation.current) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setStatus(result.value);
      if (result.value.state !== 'running') return;
      await wait(pollMilliseconds);
      if (id !== generation.current) return;
    }
  };

  const start = async (input: ImportStartInput) => {
    const id = ++generation.current;
    setStatus(null);
    setError(null);
    setActive(true);
    const started = await call('import.start', input);
    if (id !== generation.current) return;
    if (started.ok) await follow(started.value.jobId, id);
    else setError(started.error.message);
    if (id === generation.current) setActive(false);
  };

  const cancel = async () => {
    if (!status) return;
    const result = await call('import.cancel', { jobId: status.jobId });
    // The polling loop goes on and reports the state the job ends in.
    if (!result.ok) setError(result.error.message);
  };

  return {
    status,
    error,
    isRunning: isActive,
    start: (input) => void start(input),
    cancel: () => void cancel(),
    reset() {
      generation.current++;
      setStatus(null);
      setError(null);
      setActive(false);
    },
  };
}
