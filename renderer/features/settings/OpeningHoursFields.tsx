import { Checkbox, Fieldset, Group, Stack, Text } from '@mantine/core';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { validationMessages, type Settings } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { TimeField } from '../courses/TimeField.tsx';

interface OpeningHoursFieldsProps {
  control: Control<Settings>;
  errors: FieldErrors<Settings>;
  isReadOnly: boolean;
}

/**
 * The week's opening hours, Monday first: a day is open (from – until) or closed. The
 * reception's and the services' day views read them.
 */
export function OpeningHoursFields({ control, errors, isReadOnly }: OpeningHoursFieldsProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const days = t('siteSettings.hours.days', { returnObjects: true }) as unknown as string[];
  const message = (key: unknown) =>
    typeof key === 'string' && key !== ''
      ? (validationMessages[key]?.[language] ?? validationMessages.invalidType![language])
      : undefined;
  return (
    <Fieldset legend={t('siteSettings.hours.legend')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('siteSettings.hours.description')}
      </Text>
      <Controller
        control={control}
        name="openingHours"
        render={({ field }) => (
          <Stack gap="xs">
            {days.map((day, index) => {
              const hours = field.value[index] ?? null;
              const dayErrors = (errors.openingHours as FieldErrors[] | undefined)?.[index] as
                { opens?: { message?: unknown }; closes?: { message?: unknown } } | undefined;
              const setDay = (next: Settings['openingHours'][number]) =>
                field.onChange(field.value.map((old, i) => (i === index ? next : old)));
              return (
                <Group key={day} gap="md" align="flex-start" wrap="nowrap">
                  <Checkbox
                    w={140}
                    mt={8}
                    label={day}
                    aria-label={t('siteSettings.hours.openLabel', { day })}
                    checked={hours !== null}
                    disabled={isReadOnly}
                    onChange={(event) =>
                      setDay(
                        event.currentTarget.checked ? { opens: '09:00', closes: '17:00' } : null,
                      )
                    }
                  />
                  {hours === null ? (
                    <Text mt={8} c="dimmed">
                      {t('siteSettings.hours.closed')}
                    </Text>
                  ) : (
                    <>
                      <TimeField
                        aria-label={t('siteSettings.hours.opensLabel', { day })}
                        placeholder={t('siteSettings.hours.opens')}
                        value={hours.opens}
                        disabled={isReadOnly}
                        error={message(dayErrors?.opens?.message)}
                        onChange={(opens) => setDay({ ...hours, opens })}
                      />
                      <Text mt={8} aria-hidden>
                        –
                      </Text>
                      <TimeField
                        aria-label={t('siteSettings.hours.closesLabel', { day })}
                        placeholder={t('siteSettings.hours.closes')}
                        value={hours.closes}
                        disabled={isReadOnly}
                        error={message(dayErrors?.closes?.message)}
                        onChange={(closes) => setDay({ ...hours, closes })}
                      />
                    </>
                  )}
                </Group>
              );
            })}
          </Stack>
        )}
      />
    </Fieldset>
  );
}
