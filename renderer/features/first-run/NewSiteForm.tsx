import { PasswordInput, Radio, Stack, TextInput } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { password, siteCreateInput } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { showDone } from '../../components/show-done.tsx';
import { ControlledAutocomplete } from '../../components/form-fields/controlled-text-fields.tsx';
import { ApiForm } from '../../components/form-fields/ApiForm.tsx';
import { useApiForm } from '../../components/form-fields/use-api-form.ts';
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
  const apiForm = useApiForm({
    resolver: zodResolver(newSiteForm),
    defaultValues: {
      name: '',
      town: '',
      adminName: '',
      adminPassword: '',
      adminPasswordRepeat: '',
    },
    shape: newSiteForm.shape,
    save: async (values: NewSiteValues) => {
      const { adminPasswordRepeat: _repeat, ...input } = values;
      // The creator goes on signed in (site.create signs in the first administrator).
      const result = await call('site.create', input);
      if (!result.ok) return result.error.message;
      showDone(t('firstRun.created', { name: result.value.name }));
      onCreated();
      return null;
    },
  });
  const { form, errorText, textField, controlField } = apiForm;
  const { errors } = form.formState;

  return (
    <ApiForm state={apiForm} errorTitle={t('firstRun.failed')} submitLabel={t('firstRun.submit')}>
      <TextInput
        label={t('firstRun.name')}
        required
        autoComplete="organization"
        {...textField('name')}
      />
      <ControlledAutocomplete
        {...controlField('town')}
        label={t('firstRun.town')}
        description={t('firstRun.townDescription')}
        required
        data={suggestedTowns}
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
        {...textField('adminName')}
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
    </ApiForm>
  );
}
