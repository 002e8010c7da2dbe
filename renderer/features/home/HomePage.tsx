import {
  Badge,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../state/session-store.ts';
import { useCan } from '../session/use-permissions.ts';
import { navItems, type AreaKey, type NavItem } from '../shell/nav-items.ts';
import { useAppInfo } from '../startup/app-info-context.ts';
import { ConsentReminder } from './ConsentReminder.tsx';
import { TodaySection } from './TodaySection.tsx';

/**
 * The landing page: which site this is, consents still to collect, what is happening today, the
 * way into each area.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { site, user: firstUser } = useAppInfo();
  // Whoever signed in; on a database without passwords, the user the API acts for.
  const user = useSessionStore((state) => state.status?.user ?? null) ?? firstUser;
  const can = useCan();
  const areas = navItems.filter(
    (item): item is NavItem & { key: Exclude<AreaKey, 'home'> } =>
      item.key !== 'home' && can(item.method),
  );
  const siteRole = site.isHq ? t('home.hq') : t('home.branch');
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Text size="lg">
          {user ? t('home.greeting', { name: user.name }) : t('home.greetingAnonymous')}
        </Text>
        <Title order={1}>{site.name}</Title>
        <Group gap="sm">
          <Group gap={4} wrap="nowrap">
            <IconMapPin size={18} aria-hidden />
            <Text fw={500}>{site.town}</Text>
          </Group>
          <Badge size="lg" variant="light">
            <VisuallyHidden>{t('home.siteRole')}: </VisuallyHidden>
            {siteRole}
          </Badge>
        </Group>
      </Stack>
      <ConsentReminder />
      <TodaySection />
      <section aria-labelledby="home-areas">
        <Title order={2} size="h3" mb="md" id="home-areas">
          {t('home.areasHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {areas.map((area) => (
            <Card
              key={area.key}
              component={Link}
              to={area.path}
              withBorder
              radius="md"
              padding="lg"
              className="area-card"
            >
              <Group wrap="nowrap" align="flex-start">
                <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
                  <area.icon size={26} stroke={1.6} />
                </ThemeIcon>
                <div>
                  <Text fw={600} size="lg">
                    {t(`nav.${area.key}`)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t(`areas.${area.key}.summary`)}
                  </Text>
                </div>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
