import { Alert, Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { serviceTypeCreateInput } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useFieldError } from '../../forms/use-field-error.ts';
import { suggestServiceCode } from './service-code.ts';

const emptyType = { code: '', labelCs: '', labelEn: '' };

/** Adds a custom service type to the catalogue (e.g. "Doprovod na úřad"). */
export function NewServiceTypeForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [apiError, setApiError] = useState<string | null>(null);
  // Until the code is typed by hand, it follows the Czech name.
  const [isCodeTyped, setIsCodeTyped] = useState(false);
  const form = useForm({
    resolver: zodResolver(serviceTypeCreateInput),
    defaultValues: emptyType,
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, serviceTypeCreateInput.shape);
  // The API's refusal of a code already in use belongs next to the code, in its own words.
  const codeError = errors.code?.type === 'api' ? errors.code.message : errorText('code');
  const headingId = 'service-type-new-heading';

  const submit = form.handleSubmit(async (values) => {
    setApiError(null);
    const result = await call('serviceTypes.create', values);
    if (!result.ok) {
      if (result.error.code === 'DUPLICATE') {
        form.setError(
          'code',
          { type: 'api', message: result.error.message },
          { shouldFocus: true },
        );
      } else {
        setApiError(result.error.message);
      }
      return;
    }
    notifications.show({
      color: 'teal',
      message: t('services.catalogue.created', { name: result.value.labelCs }),
    });
    form.reset(emptyType);
    setIsCodeTyped(false);
    onCreated();
  });

  const labelCs = form.register('labelCs');
  const code = form.register('code');
  return (
    <section aria-labelledby={headingId}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Stack gap="sm" maw={820}>
          <Title order={3} size="h4" id={headingId}>
            {t('services.catalogue.newTitle')}
          </Title>
          <Group grow align="flex-start">
            <TextInput
              label={t('services.catalogue.labelCs')}
              error={errorText('labelCs')}
              {...labelCs}
              onChange={(event) => {
                void labelCs.onChange(event);
                if (!isCodeTyped) {
                  form.setValue('code', suggestServiceCode(event.currentTarget.value), {
                    shouldValidate: form.formState.isSubmitted,
                  });
                }
              }}
            />
            <TextInput
              label={t('services.catalogue.labelEn')}
              error={errorText('labelEn')}
              {...form.register('labelEn')}
            />
          </Group>
          <TextInput
            label={t('services.catalogue.code')}
            description={t('services.catalogue.codeHint')}
            error={codeError}
            maw={400}
            autoComplete="off"
            spellCheck={false}
            {...code}
            onChange={(event) => {
              setIsCodeTyped(true);
              void code.onChange(event);
            }}
          />
          {apiError && (
            <Alert
              role="alert"
              color="red"
              title={t('services.catalogue.createFailed')}
              icon={<IconAlertTriangle aria-hidden />}
            >
              {apiError}
            </Alert>
          )}
          {/* Save at the bottom right, as in every form: confirmations pop up bottom left. */}
          <Group justify="flex-end">
            <Button
              type="submit"
              loading={isSubmitting}
              leftSection={<IconPlus size={18} aria-hidden />}
            >
              {t('services.catalogue.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
