import type { TFunction } from 'i18next';
import type { MissingRange, SyncStatus } from '../../../db/contract/index.ts';

/**
 * A gap in words: "Operace 51–100 z pracoviště Jablonec nad Nisou ještě nedorazily." Site names
 * stay in the nominative ("z pracoviště …"), since a name typed by people cannot be declined.
 */
export function missingRangeText(range: MissingRange, t: TFunction): string {
  const values = { from: range.from, to: range.to, site: range.siteName };
  return range.from === range.to
    ? t('sync.missing.single', values)
    : t('sync.missing.range', values);
}

/** `hq`, `all` or one branch's id: what sync.export takes as `to`. */
export interface Recipient {
  value: string;
  label: string;
  /** The button's words: "Připravit soubor pro Jablonec". */
  action: string;
}

/**
 * Whom this site can prepare a file for: a branch writes to headquarters only; headquarters to
 * each branch that still has access, or to all of them at once.
 */
export function recipientsOf(status: SyncStatus, t: TFunction): Recipient[] {
  const others = status.sites.filter((site) => !site.isThisSite && !site.isRevoked);
  if (!status.site.isHq) {
    const hq = others.find((site) => site.isHq);
    if (!hq) return [];
    return [
      {
        value: 'hq',
        label: t('sync.export.toHq', { name: hq.name }),
        action: t('sync.export.submit', { name: hq.name }),
      },
    ];
  }
  const branches = others.filter((site) => !site.isHq);
  const each = branches.map((site) => ({
    value: site.id,
    label: site.town && site.town !== site.name ? `${site.name} (${site.town})` : site.name,
    action: t('sync.export.submit', { name: site.name }),
  }));
  if (branches.length < 2) return each;
  return [
    ...each,
    { value: 'all', label: t('sync.export.toAll'), action: t('sync.export.submitAll') },
  ];
}

export type RunStep = 'scan' | 'import' | 'export' | 'done';

/** "Načítám soubory: 2 z 5", or the step alone while the total is not known yet. */
export function runProgressText(
  progress: { step: RunStep; done: number; total: number },
  t: TFunction,
): string {
  const step = t(`sync.folder.steps.${progress.step}`);
  return progress.total > 0
    ? t('sync.folder.progress', { step, done: progress.done, total: progress.total })
    : `${step}…`;
}
