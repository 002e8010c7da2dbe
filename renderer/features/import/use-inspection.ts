import { useRef, useState } from 'react';
import type {
  ImportFile,
  ImportInspection,
  ImportSourceInput,
  ImportTableName,
} from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { choicesThatFit, withColumnMapped } from './import-mapping.ts';

export interface Inspection {
  /** What the last inspection was asked for; the check and the import send the same. */
  request: ImportSourceInput | null;
  inspection: ImportInspection | null;
  /** The API's message when the last inspection failed. */
  error: string | null;
  isLoading: boolean;
  /** Reads newly chosen files; resolves true when they could be inspected. */
  inspect(source: string, files: ImportFile[]): Promise<boolean>;
  /** Maps one column to a header of the file (null: not imported) and inspects again. */
  remap(table: ImportTableName, column: string, header: string | null): void;
}

/** import.inspect for the chosen files, and again after every change of the column mapping. */
export function useInspection(): Inspection {
  const [request, setRequest] = useState<ImportSourceInput | null>(null);
  const [inspection, setInspection] = useState<ImportInspection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);
  // Quick successive changes: each builds on the last one asked for, and only the answer to the
  // last one is shown.
  const latestRequest = useRef<ImportSourceInput | null>(null);
  const generation = useRef(0);

  const run = async (input: ImportSourceInput): Promise<ImportInspection | null> => {
    const id = ++generation.current;
    latestRequest.current = input;
    setRequest(input);
    setLoading(true);
    setError(null);
    const result = await call('import.inspect', input);
    if (id !== generation.current) return null;
    setLoading(false);
    if (!result.ok) {
      setError(result.error.message);
      return null;
    }
    setInspection(result.value);
    return result.value;
  };

  return {
    request,
    inspection,
    error,
    isLoading,
    async inspect(source, files) {
      setInspection(null);
      // Fixed files usually keep their headers: the columns mapped by hand stay mapped.
      const mapping = latestRequest.current?.mapping ?? {};
      const inspected = await run({ source, files, mapping });
      if (!inspected) return false;
      const fitting = choicesThatFit(mapping, inspected);
      if (JSON.stringify(fitting) === JSON.stringify(mapping)) return true;
      return (await run({ source, files, mapping: fitting })) !== null;
    },
    remap(table, column, header) {
      const current = latestRequest.current;
      if (!current) return;
      const mapping = withColumnMapped(current.mapping ?? {}, table, column, header);
      void run({ ...current, mapping });
    },
  };
}
