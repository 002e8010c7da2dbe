import { useState } from 'react';
import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { ClientDetailPage } from '../clients/ClientDetailPage.tsx';
import { ClientsPage } from '../clients/ClientsPage.tsx';
import { DuplicatesPage } from '../clients/DuplicatesPage.tsx';
import { EditClientPage } from '../clients/EditClientPage.tsx';
import { NewClientPage } from '../clients/NewClientPage.tsx';
import { CourseDetailPage } from '../courses/CourseDetailPage.tsx';
import { CoursesPage } from '../courses/CoursesPage.tsx';
import { NewCoursePage } from '../courses/NewCoursePage.tsx';
import { RetentionPage } from '../gdpr/RetentionPage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { HomePage } from '../home/HomePage.tsx';
import { ImportPage } from '../import/ImportPage.tsx';
import { LibraryPage } from '../library/LibraryPage.tsx';
import { PartnersPage } from '../partners/PartnersPage.tsx';
import { EventsPage } from '../events/EventsPage.tsx';
import { ReceptionPage } from '../reception/ReceptionPage.tsx';
import { ReportDrilldownPage } from '../reports/ReportDrilldownPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { ReviewPage } from '../review/ReviewPage.tsx';
import { ServicesPage } from '../services/ServicesPage.tsx';
import { SettingsPage } from '../settings/SettingsPage.tsx';
import { SyncPage } from '../sync/SyncPage.tsx';
import { AppLayout } from './AppLayout.tsx';

// Paths match nav-items.ts.
const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'reception', element: <ReceptionPage /> },
      { path: 'clients', element: <ClientsPage /> },
      { path: 'clients/new', element: <NewClientPage /> },
      { path: 'clients/duplicates', element: <DuplicatesPage /> },
      { path: 'clients/:id', element: <ClientDetailPage /> },
      { path: 'clients/:id/edit', element: <EditClientPage /> },
      { path: 'services', element: <ServicesPage /> },
      { path: 'courses', element: <CoursesPage /> },
      { path: 'courses/new', element: <NewCoursePage /> },
      { path: 'courses/:id', element: <CourseDetailPage /> },
      { path: 'library', element: <LibraryPage /> },
      { path: 'partners', element: <PartnersPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/detail', element: <ReportDrilldownPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'review', element: <ReviewPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'settings/retention', element: <RetentionPage /> },
      { path: 'settings/audit', element: <AuditPage /> },
      { path: 'import', element: <ImportPage /> },
      { path: '*', element: <Navigate to="/" replace /> },
    ],
  },
];

/**
 * A hash router, because the app is loaded from file:// in Electron. Created on mount rather
 * than at import, so it reads the hash only after the session token has been taken out of it.
 */
export function AppRouter() {
  const [router] = useState(() => createHashRouter(routes));
  return <RouterProvider router={router} />;
}
