import {
  Anchor,
  Badge,
  Button,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseDetail, Participant } from '../../../db/contract/index.ts';
import { useUiStore } from '../../state/ui-store.ts';
import { useCan } from '../session/use-permissions.ts';
import { formatDate } from '../clients/client-format.ts';
import { formatRate } from './course-format.ts';
import { EnrolSearch } from './EnrolSearch.tsx';
import { LeaveDialog } from './LeaveDialog.tsx';

/** Who is enrolled, since when and until when, and enrolling the next person. */
export function ParticipantsSection({
  detail,
  reload,
}: {
  detail: CourseDetail;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiStore((state) => state.language);
  const can = useCan();
  const [leaving, setLeaving] = useState<Participant | null>(null);
  const { course, participants } = detail;
  const isFull = course.capacity !== null && course.participantCount >= course.capacity;

  return (
    <Stack gap="sm" component="section" aria-labelledby="participants-title">
      <Group gap="sm" align="center">
        <Title order={2} id="participants-title">
          {t('courses.participants.title')}
        </Title>
        <Text c="dimmed">
          {course.capacity === null
            ? t('courses.participants.countNoCapacity', { count: course.participantCount })
            : t('courses.participants.count', {
                count: course.participantCount,
                capacity: course.capacity,
              })}
        </Text>
        {isFull && (
          <Badge color="orange" variant="light" c="orange.9">
            {t('courses.participants.full')}
          </Badge>
        )}
      </Group>
      {can('enrolments.enrol') && <EnrolSearch courseId={course.id} onEnrolled={reload} />}
      {participants.length === 0 ? (
        <Text c="dimmed">{t('courses.participants.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" aria-labelledby="participants-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('courses.participants.name')}</Table.Th>
                <Table.Th>{t('courses.participants.enrolledOn')}</Table.Th>
                <Table.Th>{t('courses.participants.leftOn')}</Table.Th>
                <Table.Th className="course-number">{t('courses.participants.rate')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('courses.participants.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {participants.map((participant) => (
                <Table.Tr key={participant.enrolmentId}>
                  <Table.Td>
                    {can('clients.get') ? (
                      <Anchor component={Link} to={`/clients/${participant.client.id}`} fw={600}>
                        {participant.client.displayName}
                      </Anchor>
                    ) : (
                      <Text fw={600}>{participant.client.displayName}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(participant.enrolledOn, language)}</Table.Td>
                  <Table.Td>{formatDate(participant.leftOn, language)}</Table.Td>
                  <Table.Td className="course-number">
                    {formatRate(participant.attendanceRate, language)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {participant.leftOn === null && can('enrolments.leave') && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconUserMinus size={16} aria-hidden />}
                        aria-label={t('courses.participants.leaveFor', {
                          name: participant.client.displayName,
                        })}
                        onClick={() => setLeaving(participant)}
                      >
                        {t('courses.participants.leave')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LeaveDialog
        participant={leaving}
        onClose={() => setLeaving(null)}
        onLeft={() => {
          setLeaving(null);
          reload();
        }}
      />
    </Stack>
  );
}
