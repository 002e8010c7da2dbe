import { IconHeartHandshake } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function ServicesPage() {
  return <AreaEmptyState area="services" icon={IconHeartHandshake} />;
}
