import { Alert, Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { settingsShape, type Settings } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { useLeaveGuard } from '../../forms/use-leave-guard.tsx';
import { ControlledNumberInput } from '../../components/form-fields/ControlledNumberInput.tsx';
import { OpeningHoursFields } from './OpeningHoursFields.tsx';

// The API accepts any subset; the form always sends every field, so it validates them all.
const settingsForm = z.strictObject(settingsShape);

/**
 * Edits the organisation-wide settings and saves them with settings.set. A role that may read
 * them but not change them (a coordinator) sees them read-only, without the save button.
 */
export function SettingsForm({ initial, isReadOnly }: { initial: Settings; isReadOnly: boolean }) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(settingsForm), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, settingsShape);
  const guard = useLeaveGuard(form.formState.isDirty);

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('settings.set', values);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    // What was saved becomes the new baseline, so the form is no longer "changed".
    form.reset(result.value);
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('settings.saved'),
    });
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          label={t('settings.organisationName')}
          description={t('settings.organisationNameDescription')}
          autoComplete="organization"
          disabled={isReadOnly}
          error={errorText('organisationName')}
          {...form.register('organisationName')}
        />
        <Textarea
          label={t('settings.fundingLine')}
          description={t('settings.fundingLineDescription')}
          autosize
          minRows={2}
          disabled={isReadOnly}
          error={errorText('fundingLine')}
          {...form.register('fundingLine')}
        />
        <Controller
          control={form.control}
          name="defaultLanguage"
          render={({ field }) => (
            <Radio.Group
              label={t('settings.defaultLanguage')}
              error={errorText('defaultLanguage')}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
            >
              <Group gap="lg" mt="xs">
                <Radio ref={field.ref} value="cs" label="Čeština" disabled={isReadOnly} />
                <Radio value="en" label="English" disabled={isReadOnly} />
              </Group>
            </Radio.Group>
          )}
        />
        <ControlledNumberInput
          control={form.control}
          name="retentionYears"
          whenEmptied={Number.NaN}
          label={t('gdpr.retention.years')}
          description={t('gdpr.retention.yearsDescription')}
          error={errorText('retentionYears')}
          min={1}
          max={100}
          allowDecimal={false}
          allowNegative={false}
          w={260}
          disabled={isReadOnly}
        />
        <ControlledNumberInput
          control={form.control}
          name="loanDays"
          whenEmptied={Number.NaN}
          label={t('siteSettings.library.loanDays')}
          description={t('siteSettings.library.loanDaysDescription')}
          error={errorText('loanDays')}
          min={1}
          max={90}
          allowDecimal={false}
          allowNegative={false}
          w={260}
          disabled={isReadOnly}
        />
        <OpeningHoursFields control={form.control} errors={errors} isReadOnly={isReadOnly} />
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('settings.saveFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        {isReadOnly ? (
          <Text size="sm" c="dimmed">
            {t('settings.readOnly')}
          </Text>
        ) : (
          <Group>
            <Button type="submit" loading={isSubmitting}>
              {t('settings.save')}
            </Button>
          </Group>
        )}
      </Stack>
      {guard.dialog}
    </form>
  );
}
