import { Alert, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  derivedServiceTypes,
  eventServiceType,
  type ServiceType,
} from '../../../db/contract/index.ts';
import { libraryType } from './service-labels.ts';
import { call } from '../../api.ts';
import { useCan } from '../session/use-permissions.ts';
import { NewServiceTypeForm } from './NewServiceTypeForm.tsx';
import type { ServiceCatalogue } from './use-service-catalogue.ts';

/**
 * The catalogue of service types: the built-in ones every office has, custom ones this
 * organisation added, and which are archived (kept for old acts, no longer offered).
 */
export function ServiceCatalogueSection({ catalogue }: { catalogue: ServiceCatalogue }) {
  const { t } = useTranslation();
  const { query } = catalogue;
  const can = useCan();
  const canArchive = can('serviceTypes.archive');
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const headingId = 'services-catalogue-heading';

  const setArchived = async (type: ServiceType, isArchived: boolean) => {
    setBusyCode(type.code);
    const result = await call('serviceTypes.archive', { code: type.code, isArchived });
    setBusyCode(null);
    if (!result.ok) {
      notifications.show({
        color: 'red',
        title: t('services.catalogue.archiveFailed'),
        message: result.error.message,
      });
      return;
    }
    notifications.show({
      color: 'teal',
      message: t(isArchived ? 'services.catalogue.archived' : 'services.catalogue.restored', {
        name: type.labelCs,
      }),
    });
    query.reload();
  };

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('services.catalogue.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('services.catalogue.intro')}
          </Text>
        </div>
        {query.status === 'loading' && <Loader size="sm" aria-label={t('app.loading')} />}
        {query.status === 'error' && (
          <Alert role="alert" color="red" title={t('services.catalogue.loadFailed')}>
            {query.error.message}
          </Alert>
        )}
        {query.status === 'ready' && (
          <Table.ScrollContainer minWidth={760}>
            <Table striped aria-labelledby={headingId} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('services.catalogue.labelCs')}</Table.Th>
                  <Table.Th scope="col">{t('services.catalogue.labelEn')}</Table.Th>
                  <Table.Th scope="col">{t('services.catalogue.code')}</Table.Th>
                  <Table.Th scope="col">{t('services.catalogue.kind')}</Table.Th>
                  <Table.Th scope="col">{t('services.catalogue.state')}</Table.Th>
                  {canArchive && <Table.Th scope="col">{t('services.catalogue.action')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.value.map((type) => (
                  <Table.Tr key={type.code} c={type.isArchived ? 'dimmed' : undefined}>
                    <Table.Th scope="row" fw={500}>
                      {type.labelCs}
                    </Table.Th>
                    <Table.Td>{type.labelEn}</Table.Td>
                    <Table.Td>
                      <code>{type.code}</code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {type.isBuiltIn
                          ? t('services.catalogue.builtIn')
                          : t('services.catalogue.custom')}
                      </Text>
                      {(derivedServiceTypes.has(type.code) || type.code === libraryType) && (
                        <Text size="xs" c="dimmed">
                          {type.isCourseType
                            ? t('services.catalogue.fromAttendance')
                            : type.code === eventServiceType
                              ? t('services.catalogue.fromEvents')
                              : t('services.catalogue.fromLoans')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {/* Words and an icon, not a coloured badge that a narrow column cuts. */}
                      <Group gap={4} wrap="nowrap">
                        {type.isArchived ? (
                          <IconArchive size={16} aria-hidden />
                        ) : (
                          <IconCircleCheck
                            size={16}
                            aria-hidden
                            color="var(--mantine-color-teal-8)"
                          />
                        )}
                        <Text size="sm" fw={type.isArchived ? 400 : 500}>
                          {type.isArchived
                            ? t('services.catalogue.isArchived')
                            : t('services.catalogue.isActive')}
                        </Text>
                      </Group>
                    </Table.Td>
                    {canArchive && (
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          loading={busyCode === type.code}
                          leftSection={
                            type.isArchived ? (
                              <IconArchiveOff size={16} aria-hidden />
                            ) : (
                              <IconArchive size={16} aria-hidden />
                            )
                          }
                          aria-label={`${
                            type.isArchived
                              ? t('services.catalogue.restore')
                              : t('services.catalogue.archive')
                          } ${type.labelCs}`}
                          onClick={() => void setArchived(type, !type.isArchived)}
                        >
                          {type.isArchived
                            ? t('services.catalogue.restore')
                            : t('services.catalogue.archive')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {can('serviceTypes.create') && <NewServiceTypeForm onCreated={query.reload} />}
      </Stack>
    </section>
  );
}
