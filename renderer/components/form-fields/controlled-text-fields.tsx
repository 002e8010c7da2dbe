import { Autocomplete } from '@mantine/core';
import type { ComponentType, Ref } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField } from '../../forms/DateField.tsx';

/** What the form sets on an input that edits text as it is (a town, an ISO date). */
interface TextWiring {
  ref: Ref<HTMLInputElement>;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}

type ControlledProps<Props, Values extends FieldValues, Output> = Omit<Props, keyof TextWiring> & {
  control: Control<Values, unknown, Output>;
  name: FieldPath<Values>;
};

/** The input as a react-hook-form field: the form holds its text, the rest passes through. */
function controlledText<Props extends { onChange?: (value: string) => void }>(
  Input: ComponentType<Props>,
) {
  return function ControlledText<Values extends FieldValues, Output>({
    control,
    name,
    ...inputProps
  }: ControlledProps<Props, Values, Output>) {
    return (
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const wiring: TextWiring = {
            ref: field.ref,
            name: field.name,
            value: field.value,
            onChange: field.onChange,
            onBlur: field.onBlur,
          };
          // The rest of Props plus the wiring is Props again (TypeScript cannot see it).
          return <Input {...({ ...inputProps, ...wiring } as unknown as Props)} />;
        }}
      />
    );
  };
}

/** A town or other text with suggestions; any text is kept. */
export const ControlledAutocomplete = controlledText(Autocomplete);
/** A date (YYYY-MM-DD) typed or picked in the Czech DateField. */
export const ControlledDateField = controlledText(DateField);
