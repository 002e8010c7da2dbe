import { Alert, Badge, DataList, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabels, type ClientDetail } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { clientName, countryLabel, formatDate, residenceLabel } from './client-format.ts';
import { PseudonymBadge } from './ClientCells.tsx';
import { consentState } from './consent-state.ts';

/**
 * A client at one glance: every field the form collects that has a value — who, sex, from
 * where, on what residence, how to reach them, in which languages, since when, consent.
 */
export function ClientHeader({ detail }: { detail: ClientDetail }) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const { client } = detail;
  const label = (name: string) => fieldLabels[name]?.[language] ?? name;
  const consent = consentState(client);
  const residence = [
    residenceLabel(client.residenceStatus, language),
    client.residenceValidUntil
      ? t('clients.detail.validUntil', { date: formatDate(client.residenceValidUntil, language) })
      : '',
  ]
    .filter(Boolean)
    .join(', ');
  const consentText = {
    withdrawn: t('clients.consent.withdrawn', {
      date: formatDate(client.consentWithdrawn, language),
    }),
    given: t('clients.consent.given', { date: formatDate(client.consentDate, language) }),
    pending: t('clients.consent.pending'),
    missing: t('clients.consent.missing'),
  }[consent.kind];
  const items: [string, ReactNode][] = [
    [
      client.isPseudonymous ? t('clients.form.birthYear') : label('birthDate'),
      formatDate(client.birthDate, language),
    ],
    [label('sex'), client.sex ? t(`clients.sex.${client.sex}`) : ''],
    [label('nationality'), countryLabel(client.nationality, language)],
    [label('residenceStatus'), residence],
    [label('town'), client.town],
    [label('phone'), client.phone],
    [label('email'), client.email],
    [label('languages'), languageList(client.languages, client.preferredLanguage)],
    [label('firstContact'), formatDate(client.firstContact, language)],
    [
      label('note'),
      client.note ? (
        <span key="note" style={{ whiteSpace: 'pre-line' }}>
          {client.note}
        </span>
      ) : (
        ''
      ),
    ],
    [
      t('clients.detail.consent'),
      // An anonymised record holds no consent any more: nothing to show.
      client.anonymisedOn ? (
        ''
      ) : (
        <Group gap="xs" key="consent">
          {consentText}
          {consent.kind === 'given' && client.consentVersion && (
            <span>({t('clients.consent.version', { version: client.consentVersion })})</span>
          )}
        </Group>
      ),
    ],
  ];

  function languageList(codes: string[], preferred: string): string {
    const names = new Intl.DisplayNames([language], { type: 'language' });
    const name = (code: string) => names.of(code) ?? code;
    // The preferred one first, marked, even when it is not among those spoken.
    const ordered = preferred ? [preferred, ...codes.filter((code) => code !== preferred)] : codes;
    return ordered
      .map((code) =>
        code === preferred
          ? t('clients.detail.preferredLanguage', { language: name(code) })
          : name(code),
      )
      .join(', ');
  }

  return (
    <Stack gap="sm">
      <Group gap="sm" align="center">
        <Title order={1}>
          {client.anonymisedOn ? t('gdpr.anonymised.name') : clientName(client)}
        </Title>
        {client.isPseudonymous && <PseudonymBadge />}
        {consent.kind !== 'given' && !client.anonymisedOn && (
          <Badge color="orange" variant="light" c="orange.9">
            {t('clients.consentMissing')}
          </Badge>
        )}
      </Group>
      {client.otherSpellings && (
        <Text c="dimmed">
          <VisuallyHidden>{label('otherSpellings')}: </VisuallyHidden>
          {client.otherSpellings.split('\n').join(' · ')}
        </Text>
      )}
      {!detail.isThirdCountryNational && (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('clients.detail.notThirdCountry')}
        </Alert>
      )}
      <DataList orientation="horizontal" labelWidth={180} gap="xs">
        {items
          .filter(([, value]) => value !== '' && value !== null)
          .map(([name, value]) => (
            <DataList.Item key={name}>
              <DataList.ItemLabel>{name}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
      </DataList>
    </Stack>
  );
}
