import { IconSchool } from '@tabler/icons-react';
import { AreaEmptyState } from '../../components/AreaEmptyState.tsx';

export function CoursesPage() {
  return <AreaEmptyState area="courses" icon={IconSchool} />;
}
