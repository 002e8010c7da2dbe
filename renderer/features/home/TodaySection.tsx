import { SimpleGrid, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { OverdueLoansCard } from './OverdueLoansCard.tsx';
import { TodayLessonsCard } from './TodayLessonsCard.tsx';
import { TodayServicesCard } from './TodayServicesCard.tsx';

/** What is happening today: services at the desk, lessons, and loans to chase. */
export function TodaySection() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-today">
      <Title order={2} size="h3" mb="md" id="home-today">
        {t('home.today.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <TodayServicesCard />
        <TodayLessonsCard />
        <OverdueLoansCard />
      </SimpleGrid>
    </section>
  );
}
