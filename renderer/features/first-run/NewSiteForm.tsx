import {
  Alert,
  Autocomplete,
  Button,
  Group,
  PasswordInput,
  Radio,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { password, siteCreateInput } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { suggestedTowns } from './suggested-towns.ts';

/** The administrator's password is required here (typed twice): from then on everyone signs in. */
const newSiteForm = siteCreateInput
  .extend({ adminPassword: password, adminPasswordRepeat: z.string() })
  .refine((values) => values.adminPassword === values.adminPasswordRepeat, {
    path: ['adminPasswordRepeat'],
    error: 'passwordMismatch',
  });
type NewSiteValues = z.infer<typeof newSiteForm>;

/** Sets up a new site (headquarters or a branch of its own) and its first administrator. */
export function NewSiteForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(newSiteForm),
    defaultValues: {
      name: '',
      town: '',
      adminName: '',
      adminPassword: '',
      adminPasswordRepeat: '',
    },
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, newSiteForm.shape);

  const submit = form.handleSubmit(async (values: NewSiteValues) => {
    setApiError(null);
    const { adminPasswordRepeat: _repeat, ...input } = values;
    // The creator goes on signed in (site.create signs in the first administrator).
    const result = await call('site.create', input);
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
        <PasswordInput
          label={t('session.password.admin')}
          description={t('session.password.adminDescription')}
          required
          autoComplete="new-password"
          error={errorText('adminPassword')}
          visibilityToggleButtonProps={{ 'aria-label': t('session.signIn.showPassword') }}
          {...form.register('adminPassword')}
        />
        <PasswordInput
          label={t('session.password.adminRepeat')}
          required
          autoComplete="new-password"
          error={
            errors.adminPasswordRepeat?.message === 'passwordMismatch'
              ? t('session.password.mismatch')
              : errorText('adminPasswordRepeat')
          }
          visibilityToggleButtonProps={{ 'aria-label': t('session.signIn.showPassword') }}
          {...form.register('adminPasswordRepeat')}
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
