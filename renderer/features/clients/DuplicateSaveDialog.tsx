import { Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { countryLabel, formatDate } from './client-format.ts';
import { ReasonList } from './ReasonList.tsx';

interface DuplicateSaveDialogProps {
  candidates: DuplicateCandidate[];
  onSave: () => void;
  onClose: () => void;
}

/**
 * "Přesto uložit?": the person being saved is likely someone already registered. Each existing
 * record is a link (leaving asks about the typed values first); going back to the form is the
 * safe choice and has the focus.
 */
export function DuplicateSaveDialog({ candidates, onSave, onClose }: DuplicateSaveDialogProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  return (
    <Modal
      opened={candidates.length > 0}
      onClose={onClose}
      title={t('clients.duplicateSave.title')}
      size="lg"
      centered
    >
      <Stack gap="md">
        <Text>{t('clients.duplicateSave.text', { count: candidates.length })}</Text>
        <List spacing="sm" listStyleType="none" p={0}>
          {candidates.map(({ client, score, reasons }) => (
            <List.Item key={client.id}>
              <Anchor component={Link} to={`/clients/${client.id}`} fw={600}>
                {client.displayName}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {[
                  formatDate(client.birthDate, language),
                  countryLabel(client.nationality, language),
                  t('clients.duplicates.score', { score }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <ReasonList reasons={reasons} />
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" data-autofocus onClick={onClose}>
            {t('clients.duplicateSave.back')}
          </Button>
          <Button onClick={onSave}>{t('clients.duplicateSave.save')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
