import { IconArrowsExchange } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function SyncPage() {
  return <AreaEmptyState area="sync" icon={IconArrowsExchange} />;
}
