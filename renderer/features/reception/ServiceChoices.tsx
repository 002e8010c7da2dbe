import {
  Button,
  Group,
  Kbd,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconBook, IconBooks, IconDots, IconMessages, IconWorld } from '@tabler/icons-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from '../clients/client-format.ts';
import { ChoiceButton } from './ChoiceButton.tsx';

export type Choice = 'internet' | 'library' | 'loan' | 'counselling' | 'other';

export interface ChoiceState {
  /** Said on the button: what it records, or why it cannot be used now. */
  hint?: string;
  isUnavailable?: boolean;
}

interface ServiceChoicesProps {
  client: ClientSummary;
  states: Record<Choice, ChoiceState>;
  /** The choice being recorded just now; keys are ignored meanwhile. */
  busyChoice: Choice | null;
  onChoose: (choice: Choice, computer: string) => void;
  onCancel: () => void;
}

// Letters of the Czech names (Internet, Knihovna, Výpůjčka, Poradenství, Jiná), by key position
// too, so that they work with a Ukrainian or Russian keyboard layout switched on.
const keys: Record<string, Choice> = {
  i: 'internet',
  k: 'library',
  v: 'loan',
  p: 'counselling',
  j: 'other',
};
const codes: Record<string, Choice> = {
  KeyI: 'internet',
  KeyK: 'library',
  KeyV: 'loan',
  KeyP: 'counselling',
  KeyJ: 'other',
};

const choiceList = [
  { choice: 'internet', shortcut: 'I', icon: IconWorld },
  { choice: 'library', shortcut: 'K', icon: IconBook },
  { choice: 'counselling', shortcut: 'P', icon: IconMessages },
  { choice: 'loan', shortcut: 'V', icon: IconBooks },
  { choice: 'other', shortcut: 'J', icon: IconDots },
] as const;

/** The picked person and the services to record for them, each one key away. */
export function ServiceChoices(props: ServiceChoicesProps) {
  const { client, states, busyChoice, onChoose, onCancel } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [computer, setComputer] = useState('');
  const firstChoice = useRef<HTMLButtonElement>(null);
  const computerInput = useRef<HTMLInputElement>(null);
  const headingId = 'reception-choice-heading';

  // Picking a person moves straight on to the choice: the next key press records.
  useEffect(() => firstChoice.current?.focus(), [client.id]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    const isTyping = event.target instanceof HTMLInputElement;
    if (isTyping) return;
    if (event.key.startsWith('Arrow')) {
      moveBetweenChoices(event);
      return;
    }
    // A digit starts the computer number; the key itself lands in the field.
    if (/^[0-9]$/.test(event.key)) {
      computerInput.current?.focus();
      return;
    }
    const choice = keys[event.key.toLowerCase()] ?? codes[event.code];
    if (!choice) return;
    event.preventDefault();
    // A held key repeats: one press, one act.
    if (event.repeat || busyChoice) return;
    onChoose(choice, computer);
  };

  const details = [
    formatDate(client.birthDate, language),
    countryLabel(client.nationality, language),
    client.town,
  ].filter(Boolean);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md" onKeyDown={onKeyDown}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text size="sm" c="dimmed">
              {t('reception.choice.for')}
            </Text>
            <Title order={2} size="h3" id={headingId}>
              {client.displayName}
            </Title>
            {details.length > 0 && (
              <Text size="sm" c="dimmed">
                {details.join(' · ')}
              </Text>
            )}
          </div>
          <Button variant="default" onClick={onCancel} rightSection={<Kbd size="xs">Esc</Kbd>}>
            {t('reception.choice.otherPerson')}
          </Button>
        </Group>
        <Text size="sm" id="reception-choice-hint">
          {t('reception.choice.hint')}
        </Text>
        <SimpleGrid
          cols={{ base: 1, xs: 2 }}
          spacing="sm"
          role="group"
          aria-labelledby="reception-choice-hint"
        >
          {choiceList.map(({ choice, shortcut, icon }) => (
            <ChoiceButton
              key={choice}
              buttonRef={choice === 'internet' ? firstChoice : undefined}
              shortcut={shortcut}
              label={t(`reception.choice.${choice}`)}
              icon={icon}
              hint={states[choice].hint}
              isUnavailable={states[choice].isUnavailable}
              isBusy={busyChoice === choice}
              onChoose={() => onChoose(choice, computer)}
            />
          ))}
        </SimpleGrid>
        <TextInput
          ref={computerInput}
          maw={320}
          label={t('reception.choice.computer')}
          description={t('reception.choice.computerHint')}
          value={computer}
          maxLength={40}
          onChange={(event) => setComputer(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || busyChoice) return;
            event.preventDefault();
            onChoose('internet', computer);
          }}
          autoComplete="off"
        />
      </Stack>
    </Paper>
  );
}

/** Arrow keys walk the grid of choices, as they would a toolbar. */
function moveBetweenChoices(event: KeyboardEvent<HTMLElement>): void {
  const choices = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-choice]')];
  const index = choices.indexOf(event.target as HTMLElement);
  if (index < 0) return;
  event.preventDefault();
  const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : -1;
  const next = choices[(index + step + choices.length) % choices.length];
  next?.focus();
}
