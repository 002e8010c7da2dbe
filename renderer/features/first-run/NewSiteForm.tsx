import { Alert, Autocomplete, Button, Group, Radio, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { siteCreateInput, type SiteCreateInput } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { suggestedTowns } from './suggested-towns.ts';

/** Sets up a new site (headquarters or a branch of its own) and its first administrator. */
export function NewSiteForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(siteCreateInput),
    defaultValues: { name: '', town: '', adminName: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, siteCreateInput.shape);

  const submit = form.handleSubmit(async (values: SiteCreateInput) => {
    setApiError(null);
    const result = await call('site.create', values);
    if (!result.ok) {
      setApiError(result.error.message);
      return;
    }
    notifications.show({
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      message: t('firstRun.created', { name: result.value.name }),
    });
    onCreated();
  });

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <Stack gap="md">
        <TextInput
          label={t('firstRun.name')}
          required
          autoComplete="organization"
          error={errorText('name')}
          {...form.register('name')}
        />
        <Controller
          control={form.control}
          name="town"
          render={({ field }) => (
            <Autocomplete
              label={t('firstRun.town')}
              description={t('firstRun.townDescription')}
              required
              data={suggestedTowns}
              error={errorText('town')}
              ref={field.ref}
              name={field.name}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        <Controller
          control={form.control}
          name="isHq"
          render={({ field }) => (
            <Radio.Group
              label={t('firstRun.type')}
              required
              error={errorText('isHq')}
              name={field.name}
              value={field.value === undefined ? null : field.value ? 'hq' : 'branch'}
              onChange={(value) => field.onChange(value === 'hq')}
            >
              <Stack gap="xs" mt="xs">
                <Radio
                  ref={field.ref}
                  value="hq"
                  label={t('firstRun.hq')}
                  description={t('firstRun.hqDescription')}
                />
                <Radio
                  value="branch"
                  label={t('firstRun.branch')}
                  description={t('firstRun.branchDescription')}
                />
              </Stack>
            </Radio.Group>
          )}
        />
        <TextInput
          label={t('firstRun.adminName')}
          description={t('firstRun.adminNameDescription')}
          required
          autoComplete="name"
          error={errorText('adminName')}
          {...form.register('adminName')}
        />
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('firstRun.failed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={isSubmitting}>
            {t('firstRun.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
