import { useState } from 'react';
import { sortChosenFiles, suggestSourceName, type ChosenFile } from './chosen-files.ts';

export interface FileChoice {
  files: ChosenFile[];
  /** Names of the last choice's files that are neither CSV nor XLSX. */
  skipped: string[];
  source: string;
  add(entries: readonly ChosenFile[]): void;
  remove(file: ChosenFile): void;
  setSource(text: string): void;
}

/**
 * The files chosen for an import and the source name. Choosing again adds files; a file of the
 * same name replaces the earlier one (the fixed clients.csv replaces the faulty one). The source
 * name follows the folder or workbook chosen until the user writes one.
 */
export function useFileChoice(): FileChoice {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [source, setSourceText] = useState('');
  const [isSourceEdited, setSourceEdited] = useState(false);

  const follow = (next: ChosenFile[]) => {
    setFiles(next);
    // Loose files say nothing about their source: an earlier suggestion stays.
    const suggested = suggestSourceName(next);
    if (!isSourceEdited && suggested) setSourceText(suggested);
  };

  return {
    files,
    skipped,
    source,
    add(entries) {
      const sorted = sortChosenFiles(entries);
      const names = new Set(sorted.files.map((entry) => entry.file.name.toLowerCase()));
      const kept = files.filter((entry) => !names.has(entry.file.name.toLowerCase()));
      setSkipped(sorted.skipped);
      follow([...kept, ...sorted.files]);
    },
    remove(file) {
      follow(files.filter((entry) => entry !== file));
    },
    setSource(text) {
      setSourceText(text);
      setSourceEdited(text.trim() !== '');
    },
  };
}
