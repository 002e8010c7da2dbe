import { Alert, Skeleton, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Input } from '../../../db/contract/index.ts';
import { ClientCells, ClientColumnHeaders } from './ClientCells.tsx';
import { useClientPages } from './use-client-pages.ts';
import { useHeightToViewportEnd } from './use-height-to-viewport-end.ts';

const rowHeight = 44;
// The sticky column headings sit above the rows inside the same scrolling box.
const headerHeight = 36;

type ListQuery = Omit<Input<'clients.list'>, 'offset' | 'limit'>;

/**
 * The whole register in one scrolling table: only the rows in view are in the page, and their
 * data is fetched in pages as they come into view. Keyboard: the table is one Tab stop; arrows,
 * Page Up/Down, Home and End move between rows; Enter opens the client.
 */
export function ClientRegisterTable({
  query,
  registerTotal,
}: {
  query: ListQuery;
  /** Everyone in the register, whatever the filters (null while it loads). */
  registerTotal: number | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { total, error, rowAt, ensureRows } = useClientPages(query);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const count = total ?? 0;
  const isShown = total !== 0 && !(error && total === null);
  const height = useHeightToViewportEnd(scrollRef, isShown);
  // This build has no React Compiler, so nothing memoizes around the virtualizer's functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  const lastIndex = items.at(-1)?.index ?? 0;
  // When the wheel has scrolled the active row away, the first row in view takes the Tab stop.
  const tabIndexRow = items.some((item) => item.index === activeIndex) ? activeIndex : firstIndex;

  useEffect(() => {
    if (count > 0) ensureRows(firstIndex, lastIndex);
  }, [count, firstIndex, lastIndex, ensureRows]);

  // New filters: back to the top.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setActiveIndex(0);
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  // Keyboard focus follows the active row once it has been rendered into view.
  const wantsFocus = useRef(false);
  useEffect(() => {
    if (!wantsFocus.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      wantsFocus.current = false;
    }
  });

  const open = (index: number) => {
    const client = rowAt(index);
    if (client) void navigate(`/clients/${client.id}`);
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    wantsFocus.current = true;
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + page,
      PageUp: activeIndex - page,
      Home: 0,
      End: count - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      open(activeIndex);
    }
  };

  if (error && total === null) {
    return (
      <Alert role="alert" color="red" title={t('clients.list.loadFailed')}>
        {error.message}
      </Alert>
    );
  }
  const isFiltered = Object.keys(query).length > 0;
  const countLine =
    total === null || registerTotal === null
      ? ''
      : isFiltered
        ? t('clients.list.filtered', { shown: total, total: registerTotal })
        : t('clients.list.total', { count: registerTotal });
  // Announced as the filters change; the same line whether the list is empty or not.
  const counts = (
    <Text size="sm" c="dimmed" role="status" className="client-register-count">
      {countLine}
    </Text>
  );
  if (total === 0) {
    return (
      <>
        {counts}
        <Text c="dimmed">{t('clients.list.empty')}</Text>
      </>
    );
  }

  return (
    <>
      {counts}
      <div
        ref={scrollRef}
        className="client-register-scroll"
        style={{ height }}
        role="table"
        aria-label={t('clients.list.tableLabel')}
        aria-rowcount={count + 1}
        aria-busy={total === null}
      >
        <div role="rowgroup" className="client-register-head">
          <ClientColumnHeaders />
        </div>
        <div
          role="rowgroup"
          onKeyDown={onKeyDown}
          style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        >
          {items.map((item) => {
            const client = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                className="client-row"
                tabIndex={item.index === tabIndexRow ? 0 : -1}
                onClick={() => open(item.index)}
                onFocus={() => setActiveIndex(item.index)}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  height: rowHeight,
                  transform: `translateY(${item.start - headerHeight}px)`,
                }}
              >
                {client ? <ClientCells client={client} cellRole="cell" /> : <LoadingCells />}
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}

function LoadingCells() {
  return (
    <div role="cell" className="client-cell" style={{ gridColumn: '1 / -1' }}>
      <Skeleton height={14} width="60%" />
    </div>
  );
}
