import { Button, Kbd, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { Ref } from 'react';

interface ChoiceButtonProps {
  /** The letter that chooses it from the keyboard, shown on the button. */
  shortcut: string;
  label: string;
  icon: Icon;
  /** Said on the button itself, e.g. why it cannot be used here. */
  hint?: string;
  isUnavailable?: boolean;
  isBusy?: boolean;
  buttonRef?: Ref<HTMLButtonElement>;
  onChoose: () => void;
}

/**
 * One big service choice. An unavailable one stays focusable (aria-disabled rather than
 * disabled), so that keyboard and screen-reader users still find it and hear why.
 */
export function ChoiceButton({
  shortcut,
  label,
  icon: ChoiceIcon,
  hint,
  isUnavailable = false,
  isBusy = false,
  buttonRef,
  onChoose,
}: ChoiceButtonProps) {
  const hintId = `service-choice-hint-${shortcut}`;
  return (
    <Button
      ref={buttonRef}
      data-choice
      className="service-choice"
      size="lg"
      variant="light"
      fullWidth
      loading={isBusy}
      leftSection={<ChoiceIcon size={30} stroke={1.6} aria-hidden />}
      rightSection={
        <Kbd size="lg" aria-hidden>
          {shortcut}
        </Kbd>
      }
      aria-keyshortcuts={shortcut}
      aria-describedby={hint ? hintId : undefined}
      aria-disabled={isUnavailable || undefined}
      data-disabled={isUnavailable || undefined}
      // An unavailable choice still answers, with why (the page shows the hint).
      onClick={onChoose}
    >
      <span>{label}</span>
      {hint && (
        <Text component="span" size="sm" fw={400} id={hintId} className="service-choice-hint">
          {hint}
        </Text>
      )}
    </Button>
  );
}
