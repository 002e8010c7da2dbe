import type { TFunction } from 'i18next';
import type { ClientHitsLook } from '../../components/client-picker/ClientHits.tsx';
import { ClientCells, ClientColumnHeaders } from './ClientCells.tsx';
import './clients.css';

/**
 * Hits in the register's own columns, under its column headers (the client list and course
 * enrolment): the eye finds the same thing in the same place.
 */
export function clientTableHits(t: TFunction): ClientHitsLook {
  return {
    texts: {
      none: t('clients.search.none'),
      failed: t('clients.search.failed'),
      resultsLabel: t('clients.search.resultsLabel'),
    },
    isCounted: true,
    header: (
      <div aria-hidden>
        <ClientColumnHeaders />
      </div>
    ),
    renderHit: (client) => <ClientCells client={client} />,
    listClassName: 'client-search-results',
    hitClassName: 'client-row',
  };
}
