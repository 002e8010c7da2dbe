import { IconBook } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function LibraryPage() {
  return <AreaEmptyState area="library" icon={IconBook} />;
}
