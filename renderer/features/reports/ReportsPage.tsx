import { IconChartBar } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function ReportsPage() {
  return <AreaEmptyState area="reports" icon={IconChartBar} />;
}
