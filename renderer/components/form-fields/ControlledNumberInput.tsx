import { NumberInput, type NumberInputProps } from '@mantine/core';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

type ControlledNumberInputProps<Values extends FieldValues, Output> = Omit<
  NumberInputProps,
  'name' | 'value' | 'onChange' | 'onBlur'
> & {
  control: Control<Values, unknown, Output>;
  name: FieldPath<Values>;
  /**
   * What the form keeps when the box is emptied: the schema then says what is wrong (NaN for a
   * field that must hold a number: the number check names it).
   */
  whenEmptied: '' | number | null;
  /** Shown while the form holds no value at all ('' shows an empty box). */
  shownWhenUnset?: number | '';
};

/** A react-hook-form number typed into a Mantine NumberInput, wired the same way everywhere. */
export function ControlledNumberInput<Values extends FieldValues, Output>({
  control,
  name,
  whenEmptied,
  shownWhenUnset = '',
  ...inputProps
}: ControlledNumberInputProps<Values, Output>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          {...inputProps}
          ref={field.ref}
          name={field.name}
          value={(field.value as number | '' | null | undefined) ?? shownWhenUnset}
          onChange={(value) => field.onChange(typeof value === 'number' ? value : whenEmptied)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}
