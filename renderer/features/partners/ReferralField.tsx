import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerKindLabel, partnerKinds } from '../../../db/contract/index.ts';
import { useApiQuery } from '../../data/use-api-query.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useCan } from '../session/use-permissions.ts';

// Mantine's clear button is hidden from the keyboard, so "no referral" is an option of its own.
const noReferral = '*';

interface ReferralFieldProps {
  /** A partner's id; '' for no referral. */
  value: string;
  /** The partner the act named when the form opened: offered even if archived since. */
  initialPartnerId: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/**
 * "Odkázání na" in the act form: the partner organisation the client was referred to, grouped
 * by kind as the report counts referrals. Shown only where there are partners to choose from.
 * (An optional field nothing refuses: the form never has to move the focus to it.)
 */
export function ReferralField({
  value,
  initialPartnerId,
  error,
  onChange,
  onBlur,
}: ReferralFieldProps) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const partners = useApiQuery('partners.list', { includeArchived: true });
  if (!can('partners.list') || partners.status !== 'ready') return null;
  const offered = partners.value.filter(
    (partner) => !partner.isArchived || partner.id === initialPartnerId,
  );
  if (offered.length === 0) return null;
  const groups = partnerKinds
    .map((kind) => ({
      group: partnerKindLabel(kind, language),
      items: offered
        .filter((partner) => partner.kind === kind)
        .map((partner) => ({ value: partner.id, label: partner.name })),
    }))
    .filter((group) => group.items.length > 0);
  return (
    <Select
      label={t('partners.referral.label')}
      description={t('partners.referral.hint')}
      data={[{ value: noReferral, label: t('partners.referral.none') }, ...groups]}
      searchable
      allowDeselect={false}
      error={error}
      value={value || noReferral}
      onChange={(next) => onChange(next === noReferral || next === null ? '' : next)}
      onBlur={onBlur}
    />
  );
}
