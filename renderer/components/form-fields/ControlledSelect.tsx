import { Select, type SelectProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type ControlledSelectProps<Values extends FieldValues, Output> = Omit<
  SelectProps,
  'name' | 'value' | 'onChange' | 'onBlur'
> & {
  control: Control<Values, unknown, Output>;
  name: FieldPath<Values>;
  /**
   * What the form keeps when the choice is cleared: the previous value ('keep', for a select
   * that cannot be emptied), '' (a text field; '' also shows as no choice) or null.
   */
  whenCleared: 'keep' | '' | null;
};

/** A react-hook-form field chosen from a Mantine Select, wired the same way in every form. */
export function ControlledSelect<Values extends FieldValues, Output>({
  control,
  name,
  whenCleared,
  ...selectProps
}: ControlledSelectProps<Values, Output>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...selectProps}
          ref={field.ref}
          name={field.name}
          value={whenCleared === '' ? (field.value as string) || null : field.value}
          onChange={(value) =>
            field.onChange(value ?? (whenCleared === 'keep' ? field.value : whenCleared))
          }
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/**
 * A required choice that always holds one of its options (an event's or a partner's kind):
 * it cannot be cleared, so a click on the chosen option keeps it.
 */
export function ControlledChoice<Values extends FieldValues, Output>(
  props: Omit<ControlledSelectProps<Values, Output>, 'whenCleared' | 'required' | 'allowDeselect'>,
) {
  return <ControlledSelect {...props} whenCleared="keep" required allowDeselect={false} />;
}
