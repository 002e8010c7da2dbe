import { Alert, Loader, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { ClientDetail } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { currentLanguage } from '../../state/ui-store.ts';
import { clientName } from './client-format.ts';
import { changedFields, clientToForm } from './client-form-values.ts';
import { ClientForm } from './ClientForm.tsx';

/** Edits a client; only the fields that changed are sent, so the history lists real changes. */
export function EditClientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const detail = useApiQuery('clients.get', { id });
  if (detail.status === 'loading') return <Loader aria-label={t('app.loading')} />;
  if (detail.status === 'error') {
    return (
      <Alert role="alert" color="red" title={t('clients.detail.loadFailed')}>
        {detail.error.message}
      </Alert>
    );
  }
  const { client } = detail.value;
  // A merged-away record is edited as the record it was merged into.
  if (client.id !== id) return <Navigate to={`/clients/${client.id}/edit`} replace />;
  return <EditClientForm detail={detail.value} />;
}

function EditClientForm({ detail: { client } }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  // Read once: a language switch while editing must not reset what has been typed.
  const [language] = useState(() => currentLanguage());
  const navigate = useNavigate();
  const detailPath = `/clients/${client.id}`;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('clients.form.editTitle', { name: clientName(client) })}</Title>
      <ClientForm
        initial={clientToForm(client, language)}
        clientId={client.id}
        submitLabel={t('clients.form.save')}
        onCancel={() => void navigate(detailPath)}
        onSave={async (values) => {
          const changes = changedFields(values, client);
          if (Object.keys(changes).length > 0) {
            const result = await call('clients.update', { id: client.id, changes });
            if (!result.ok) return result.error.message;
          }
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            message: t('clients.form.saved'),
          });
          void navigate(detailPath);
          return null;
        }}
      />
    </Stack>
  );
}
