import { useCallback, useEffect, useState } from 'react';
import type { ApiError, Input, MethodName, Output } from '../../db/contract/index.ts';
import { call } from '../api.ts';

export type QueryState<T> =
  { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ready'; value: T };

/**
 * Reads one API method when the component mounts (and again on reload()). Data stays in the
 * component that asked for it rather than in a global store, so it is never stale elsewhere.
 */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: Input<M>,
): QueryState<Output<M>> & { reload: () => void } {
  const [state, setState] = useState<QueryState<Output<M>>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  // Inputs are plain JSON; comparing their text keeps a new-but-equal object from refetching.
  const inputKey = JSON.stringify(input ?? {});

  useEffect(() => {
    let isCurrent = true;
    void call(method, JSON.parse(inputKey) as Input<M>).then((result) => {
      if (!isCurrent) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      isCurrent = false;
    };
  }, [method, inputKey, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { ...state, reload };
}
