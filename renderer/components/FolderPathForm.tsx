import { Button, Group, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { canPickFolder, pickFolder } from '../files/pick-folder.ts';
import { showDone } from './show-done.tsx';

/** What saving a folder came to: the API's refusal, or the folder now kept and the note to show. */
export type FolderSaveOutcome = { refusal: string } | { path: string; done: string };

interface FolderPathFormProps {
  /** The folder typed in at first ('' for none or the default). */
  initialPath: string;
  labels: { path: string; description: string; pick: string; save: string };
  /** Saves the folder (null: none, or back to the default). */
  save: (folder: string | null) => Promise<FolderSaveOutcome>;
  onSaved: () => void;
  /** The button that goes back to no folder of one's own, where there is such a way. */
  resetLabel?: string;
}

/**
 * A folder on this computer: its path typed (in the browser) or chosen in the native dialog
 * (in the desktop app), then saved; an empty field saves "no folder".
 */
export function FolderPathForm(props: FolderPathFormProps) {
  const { initialPath, labels, save, onSaved, resetLabel } = props;
  const [path, setPath] = useState(initialPath);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const saveFolder = async (folder: string | null) => {
    setError(null);
    setSaving(true);
    const outcome = await save(folder);
    setSaving(false);
    if ('refusal' in outcome) {
      setError(outcome.refusal);
      return;
    }
    setPath(outcome.path);
    showDone(outcome.done);
    onSaved();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    void saveFolder(trimmed === '' ? null : trimmed);
  };

  return (
    <form noValidate onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={labels.path}
          description={labels.description}
          value={path}
          onChange={(event) => setPath(event.currentTarget.value)}
          error={error}
          style={{ flex: '1 1 320px' }}
          spellCheck={false}
        />
        {canPickFolder() && (
          <Button
            variant="default"
            onClick={() =>
              void pickFolder(labels.pick).then((chosen) => {
                if (chosen !== null) setPath(chosen);
              })
            }
          >
            {labels.pick}
          </Button>
        )}
        <Button type="submit" variant="default" loading={isSaving}>
          {labels.save}
        </Button>
        {resetLabel && (
          <Button variant="subtle" onClick={() => void saveFolder(null)} disabled={isSaving}>
            {resetLabel}
          </Button>
        )}
      </Group>
    </form>
  );
}
