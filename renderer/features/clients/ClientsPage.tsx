import { IconUsers } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function ClientsPage() {
  return <AreaEmptyState area="clients" icon={IconUsers} />;
}
