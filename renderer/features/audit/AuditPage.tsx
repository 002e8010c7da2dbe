import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../data/use-api-query.ts';
import { downloadBase64 } from '../../files/download-base64.ts';
import { DateField } from '../../forms/DateField.tsx';
import { csAudit } from '../../i18n/cs-audit.ts';
import { auditCsv } from './audit-csv.ts';

/** Rows shown at once; the export holds them all. */
const shownRows = 500;

/**
 * Settings → Záznam o přístupech (admin): who opened which client record, drilled into a
 * report or exported one, and when — filtered by user, client and days, and exported as CSV.
 */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [userName, setUserName] = useState('');
  const [clientId, setClientId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = {
    ...(userName.trim() ? { userName: userName.trim() } : {}),
    ...(clientId.trim() ? { clientId: clientId.trim() } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  const audit = useApiQuery('audit.list', filter);
  const action = (code: string) =>
    Object.hasOwn(csAudit.actions, code)
      ? t(`audit.actions.${code as keyof typeof csAudit.actions}`)
      : code;
  const exportCsv = () => {
    if (audit.status !== 'ready') return;
    const header = (['at', 'action', 'user', 'client', 'detail'] as const).map((key) =>
      t(`audit.columns.${key}`),
    );
    const text = auditCsv(audit.value, header);
    // In chunks: spreading a large file's bytes into one call would overflow the stack.
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    const base64 = btoa(binary);
    downloadBase64(base64, 'pristav-zaznam-o-pristupech.csv', 'text/csv');
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/settings" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('audit.back')}
        </Group>
      </Anchor>
      <Title order={1}>{t('audit.title')}</Title>
      <Text size="sm">{t('audit.intro')}</Text>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('audit.filters.user')}
          value={userName}
          onChange={(event) => setUserName(event.currentTarget.value)}
        />
        <TextInput
          label={t('audit.filters.client')}
          value={clientId}
          onChange={(event) => setClientId(event.currentTarget.value)}
        />
        <DateField label={t('audit.filters.from')} value={from} onChange={setFrom} />
        <DateField label={t('audit.filters.to')} value={to} onChange={setTo} />
        <Button
          variant="default"
          leftSection={<IconFileExport size={18} aria-hidden />}
          onClick={exportCsv}
          disabled={audit.status !== 'ready'}
        >
          {t('audit.export')}
        </Button>
      </Group>
      {audit.status === 'loading' && <Loader aria-label={t('app.loading')} />}
      {audit.status === 'error' && (
        <Alert role="alert" color="red" title={t('audit.loadFailed')}>
          {audit.error.message}
        </Alert>
      )}
      {audit.status === 'ready' && audit.value.length === 0 && <Text>{t('audit.empty')}</Text>}
      {audit.status === 'ready' && audit.value.length > 0 && (
        <>
          <Text size="sm">{t('audit.count', { count: audit.value.length })}</Text>
          <Table striped aria-label={t('audit.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.columns.at')}</Table.Th>
                <Table.Th>{t('audit.columns.action')}</Table.Th>
                <Table.Th>{t('audit.columns.user')}</Table.Th>
                <Table.Th>{t('audit.columns.client')}</Table.Th>
                <Table.Th>{t('audit.columns.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.value.slice(0, shownRows).map((entry, index) => (
                <Table.Tr key={`${entry.at}-${index}`}>
                  <Table.Td>
                    {new Date(entry.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'cs-CZ')}
                  </Table.Td>
                  <Table.Td>{action(entry.action)}</Table.Td>
                  <Table.Td>{entry.userName}</Table.Td>
                  <Table.Td>
                    {entry.clientId && (
                      <Anchor component={Link} to={`/clients/${entry.clientId}`} size="sm">
                        {entry.clientId.slice(0, 8)}…
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace">
                      {entry.detail}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
