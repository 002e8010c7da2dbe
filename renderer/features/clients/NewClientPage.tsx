import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { call } from '../../api.ts';
import './clients.css';
import { clientName } from './client-format.ts';
import { emptyClientForm } from './client-form-values.ts';
import { ClientForm } from './ClientForm.tsx';

/** Registers a new client, then shows their record. */
export function NewClientPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(emptyClientForm);
  return (
    <Stack gap="lg">
      <Title order={1}>{t('clients.form.newTitle')}</Title>
      <ClientForm
        initial={initial}
        submitLabel={t('clients.form.register')}
        onCancel={() => void navigate('/clients')}
        onSave={async (values) => {
          const result = await call('clients.create', values);
          if (!result.ok) return result.error.message;
          notifications.show({
            color: 'teal',
            icon: <IconCheck size={18} aria-hidden />,
            message: t('clients.form.created', { name: clientName(result.value) }),
          });
          void navigate(`/clients/${result.value.id}`);
          return null;
        }}
      />
    </Stack>
  );
}
