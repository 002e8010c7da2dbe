import {
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { todayIso, type ServiceType } from '../../../db/contract/index.ts';
import { DateField } from '../../forms/DateField.tsx';
import { useFieldError } from '../../forms/use-field-error.ts';
import { useUiStore } from '../../state/ui-store.ts';
import {
  actFormResolver,
  actFormShape,
  type ActFormOutput,
  type ActFormValues,
} from './act-form-values.ts';
import { internetType, isConfidentialType, serviceLabel } from './service-labels.ts';
import { ReferralField } from '../partners/ReferralField.tsx';

export interface ActFormProps {
  initial: ActFormValues;
  /** The types to choose from; without them the type is fixed (reception's counselling key). */
  typeOptions?: readonly ServiceType[];
  /** Reception records today at this site; the client's page may record an earlier visit. */
  showDateAndTown: boolean;
  /** Which computer: recorded with a new internet visit, not changed later. */
  showComputer: boolean;
  /** Said under the minutes and the note when their stored values are not known to the form. */
  keptHint?: { minutes?: string; note?: string };
  /** A confidential note this user may not read: said instead of the note field. */
  noteHiddenReason?: string;
  submitLabel: string;
  /** Saves; answers with the API's message when it refused. */
  onSubmit: (values: ActFormOutput) => Promise<string | null>;
  onCancel: () => void;
}

/** One act's details, for recording and for editing: the contract's rules, Czech messages. */
export function ActForm(props: ActFormProps) {
  const { initial, typeOptions, showDateAndTown, showComputer, keptHint, submitLabel } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [apiError, setApiError] = useState<string | null>(null);
  const form = useForm<ActFormValues, unknown, ActFormOutput>({
    resolver: actFormResolver,
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const errorText = useFieldError(errors, actFormShape);
  const type = useWatch({ control: form.control, name: 'type' });
  const isConfidential = isConfidentialType(type);

  const handleSubmit = form.handleSubmit(async (values) => {
    setApiError(null);
    setApiError(await props.onSubmit(values));
  });
  // A second Enter while the first save is on its way must not record the act twice.
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!form.formState.isSubmitting) void handleSubmit(event);
  };
  // A note may run over lines, so Enter makes a new line there and Ctrl+Enter saves.
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        {typeOptions && (
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Select
                data-autofocus
                label={t('services.act.type')}
                description={t('services.act.typeHint')}
                data={typeOptions.map((option) => ({
                  value: option.code,
                  label: serviceLabel(typeOptions, option.code, language),
                }))}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('services.act.noType')}
                error={errorText('type')}
                ref={field.ref}
                name={field.name}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
              />
            )}
          />
        )}
        {showDateAndTown && (
          <Group grow align="flex-start">
            <Controller
              control={form.control}
              name="date"
              render={({ field }) => (
                <DateField
                  label={t('services.act.date')}
                  maxDate={todayIso()}
                  clearable={false}
                  error={errorText('date')}
                  ref={field.ref}
                  name={field.name}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                />
              )}
            />
            <TextInput
              label={t('services.act.town')}
              error={errorText('town')}
              {...form.register('town')}
            />
          </Group>
        )}
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="minutes"
            render={({ field }) => (
              <NumberInput
                data-autofocus={typeOptions ? undefined : true}
                label={t('services.act.minutes')}
                description={keptHint?.minutes ?? t('services.act.minutesHint')}
                min={1}
                max={24 * 60}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                error={errorText('minutes')}
                ref={field.ref}
                name={field.name}
                value={field.value}
                onChange={(value) => field.onChange(typeof value === 'number' ? value : '')}
                onBlur={field.onBlur}
              />
            )}
          />
          {showComputer && type === internetType ? (
            <TextInput
              label={t('services.act.computer')}
              description={t('services.act.computerHint')}
              error={errorText('computer')}
              {...form.register('computer')}
            />
          ) : (
            <span />
          )}
        </Group>
        <Controller
          control={form.control}
          name="partnerId"
          render={({ field }) => (
            <ReferralField
              value={field.value}
              initialPartnerId={initial.partnerId}
              error={errorText('partnerId')}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
        {props.noteHiddenReason ? (
          <Alert color="grape" variant="light" icon={<IconLock aria-hidden />}>
            {props.noteHiddenReason}
          </Alert>
        ) : (
          <Textarea
            label={
              <Group gap={6} component="span" display="inline-flex">
                {t('services.act.note')}
                {isConfidential && (
                  <Badge
                    size="sm"
                    color="grape"
                    variant="outline"
                    c="grape.9"
                    leftSection={<IconLock size={12} aria-hidden />}
                  >
                    {t('services.act.confidential')}
                  </Badge>
                )}
              </Group>
            }
            description={
              isConfidential
                ? [t('services.act.confidentialHint'), keptHint?.note].filter(Boolean).join(' ')
                : (keptHint?.note ?? t('services.act.noteHint'))
            }
            autosize
            minRows={2}
            maxRows={8}
            error={errorText('note')}
            onKeyDown={submitOnCtrlEnter}
            {...form.register('note')}
          />
        )}
        {apiError && (
          <Alert
            role="alert"
            color="red"
            title={t('services.act.saveFailed')}
            icon={<IconAlertTriangle aria-hidden />}
          >
            {apiError}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
