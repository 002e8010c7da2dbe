import {
  Button,
  Group,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { zodResolver } from '@hookform/resolvers/zod';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Partner } from '../../../db/contract/index.ts';
import { ControlledDateField } from '../../components/form-fields/controlled-text-fields.tsx';
import { ControlledNumberInput } from '../../components/form-fields/ControlledNumberInput.tsx';
import { ControlledChoice } from '../../components/form-fields/ControlledSelect.tsx';
import { ApiForm } from '../../components/form-fields/ApiForm.tsx';
import { useApiForm } from '../../components/form-fields/use-api-form.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel } from '../clients/client-format.ts';
import { BorrowerPicker } from '../library/BorrowerPicker.tsx';
import '../library/library.css';
import {
  eventFormSchema,
  eventFormShape,
  eventKindOptions,
  type Attendee,
  type EventFormOutput,
  type EventFormValues,
} from './event-form-values.ts';

interface EventFormProps {
  initial: EventFormValues;
  initialAttendees: Attendee[];
  /** The partner register, archived ones included (an event may have listed one). */
  partners: readonly Partner[];
  submitLabel: string;
  /** Saves; answers with the API's message when it refused. */
  onSave: (values: EventFormOutput, attendees: Attendee[]) => Promise<string | null>;
  onCancel: () => void;
}

/**
 * An event: when and where, what kind and topic, how many took part, which partner
 * organisations were there, and the registered clients who came (picked by name, each
 * becoming an act of the event).
 */
export function EventForm(props: EventFormProps) {
  const { initial, partners, submitLabel, onSave, onCancel } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const [attendees, setAttendees] = useState<Attendee[]>(props.initialAttendees);
  // Each pick starts the box afresh (a new picker, focused), ready for the next name.
  const [picks, setPicks] = useState(0);
  const apiForm = useApiForm({
    // The number field's '' is the schema's "missing": its own message, not a type error.
    resolver: zodResolver(eventFormSchema) as unknown as Resolver<
      EventFormValues,
      unknown,
      EventFormOutput
    >,
    defaultValues: initial,
    shape: eventFormShape,
    save: (values) => onSave(values, attendees),
  });
  const { form, errorText, textField, controlField } = apiForm;
  // Active partners, and any archived one this event already lists.
  const partnerOptions = partners
    .filter((partner) => !partner.isArchived || initial.partnerIds?.includes(partner.id))
    .map((partner) => ({ value: partner.id, label: partner.name }));
  const add = (attendee: Attendee) => {
    setAttendees((list) =>
      list.some((row) => row.clientId === attendee.clientId) ? list : [...list, attendee],
    );
    setPicks((count) => count + 1);
  };

  return (
    <ApiForm
      state={apiForm}
      errorTitle={t('events.form.failed')}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextInput data-autofocus required label={t('events.form.topic')} {...textField('topic')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <ControlledDateField
          {...controlField('date')}
          required
          label={t('events.form.date')}
          clearable={false}
        />
        <ControlledChoice
          {...controlField('eventKind')}
          label={t('events.form.kind')}
          data={eventKindOptions(language)}
        />
        <TextInput
          label={t('events.form.town')}
          description={t('events.form.townHint')}
          {...textField('town')}
        />
      </SimpleGrid>
      <ControlledNumberInput
        {...controlField('participants')}
        whenEmptied=""
        required
        label={t('events.form.participants')}
        description={t('events.form.participantsHint')}
        min={0}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        w={{ base: '100%', sm: 260 }}
      />
      <Controller
        control={form.control}
        name="partnerIds"
        render={({ field }) => (
          <MultiSelect
            label={t('events.form.partners')}
            description={t('events.form.partnersHint')}
            data={partnerOptions}
            searchable
            nothingFoundMessage={t('events.form.noPartner')}
            error={errorText('partnerIds')}
            ref={field.ref}
            name={field.name}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <Stack gap={6}>
        <BorrowerPicker
          key={picks}
          isAutoFocused={picks > 0}
          label={t('events.form.clients')}
          onPick={(client) =>
            add({
              clientId: client.id,
              displayName: client.displayName,
              nationality: client.nationality,
            })
          }
        />
        <Text size="sm" c="dimmed">
          {t('events.form.clientsHint')}
        </Text>
        {attendees.length === 0 ? (
          <Text size="sm">{t('events.form.noClients')}</Text>
        ) : (
          <ul className="event-attendees" aria-label={t('events.form.clientsLabel')}>
            {attendees.map((attendee) => (
              <li key={attendee.clientId}>
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {attendee.displayName}
                    {attendee.nationality && ` · ${countryLabel(attendee.nationality, language)}`}
                  </Text>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    leftSection={<IconX size={14} aria-hidden />}
                    aria-label={t('events.form.removeClient', { name: attendee.displayName })}
                    onClick={() =>
                      setAttendees((list) =>
                        list.filter((row) => row.clientId !== attendee.clientId),
                      )
                    }
                  >
                    {t('events.form.remove')}
                  </Button>
                </Group>
              </li>
            ))}
          </ul>
        )}
      </Stack>
      <Textarea
        label={t('events.form.note')}
        autosize
        minRows={2}
        maxRows={6}
        {...textField('note')}
      />
    </ApiForm>
  );
}
