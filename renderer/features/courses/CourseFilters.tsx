import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  courseKinds,
  regionTowns,
  type Course,
  type CourseKind,
} from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { kindLabel } from './course-format.ts';

interface CourseFiltersProps {
  courses: Course[];
  town: string;
  kind: CourseKind | null;
  onTownChange: (town: string | null) => void;
  onKindChange: (kind: CourseKind | null) => void;
}

/** Town and kind of course; the towns of the region first, then any other town in use. */
export function CourseFilters(props: CourseFiltersProps) {
  const { courses, town, kind, onTownChange, onKindChange } = props;
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const collator = new Intl.Collator('cs');
  const otherTowns = [...new Set(courses.map((course) => course.town))]
    .filter((name) => !(regionTowns as readonly string[]).includes(name))
    .sort(collator.compare);
  return (
    <Group gap="md" align="flex-end">
      <Select
        label={t('courses.list.filterTown')}
        placeholder={t('courses.list.allTowns')}
        data={[...regionTowns, ...otherTowns]}
        value={town || null}
        onChange={onTownChange}
        clearable
        searchable
        w={240}
      />
      <Select
        label={t('courses.list.filterKind')}
        placeholder={t('courses.list.allKinds')}
        data={courseKinds.map((value) => ({ value, label: kindLabel(value, language) }))}
        value={kind}
        onChange={(value) => onKindChange(value as CourseKind | null)}
        clearable
        w={300}
      />
    </Group>
  );
}
