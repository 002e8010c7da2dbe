import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { Input, ServiceAct } from '../../../db/contract/index.ts';
import { call } from '../../api.ts';

/**
 * Records an act and confirms it by naming the person and the service, so that a wrong pick is
 * noticed at once. Answers with the API's message when it refused (and shows nothing else).
 */
export function useRecordAct(label: (code: string) => string) {
  const { t } = useTranslation();
  return async (
    input: Input<'acts.record'>,
    clientName: string,
  ): Promise<{ act: ServiceAct } | { error: string }> => {
    const result = await call('acts.record', input);
    if (!result.ok) return { error: result.error.message };
    notifications.show({
      color: 'teal',
      title: t('services.act.recordedTitle'),
      message: t('services.act.recorded', { service: label(result.value.type), name: clientName }),
    });
    return { act: result.value };
  };
}
