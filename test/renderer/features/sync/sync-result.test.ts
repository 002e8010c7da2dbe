import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { SyncResultBody } from '../../../../renderer/features/sync/SyncResultDialog.tsx';
import type { SyncOutcome } from '../../../../renderer/features/sync/sync-outcome.ts';
import { renderStatic, visibleText } from '../render-static.ts';
import { fileResult, ids, runStatus } from './sync-fixtures.ts';

function shown(outcome: SyncOutcome, language: 'cs' | 'en' = 'cs'): string {
  return visibleText(
    renderStatic(createElement(SyncResultBody, { outcome, onClose: () => {} }), language),
  );
}

describe('the result dialog', () => {
  it('says per file who sent it, what arrived per site, and what is missing', () => {
    const text = shown({
      kind: 'import',
      isDryRun: false,
      files: [
        fileResult({
          conflicts: 2,
          missing: [{ site: ids.jablonec, siteName: 'Jablonec', from: 51, to: 100 }],
        }),
      ],
    });
    expect(text).toContain('Soubor liberec-to-jablonec-0001.pristav-sync');
    expect(text).toContain('Od: Centrum Liberec');
    expect(text).toContain(
      'Operací v souboru: 120 · nových: 100 · už byly na tomto pracovišti: 20',
    );
    expect(text).toMatch(
      /Z pracoviště\nKlienti\nÚkony\nKurzy\nVýpůjčky\nOperace\nCentrum Liberec\n3\n11\n1\n2\n80/,
    );
    expect(text).toContain('Nové položky k posouzení: 2');
    expect(text).toContain('Otevřít K posouzení');
    expect(text).toContain('Operace 51–100 z pracoviště Jablonec ještě nedorazily.');
    expect(text).not.toContain('nic nebylo zapsáno');
  });

  it('says that a dry run wrote nothing', () => {
    const text = shown({ kind: 'import', isDryRun: true, files: [fileResult({ isDryRun: true })] });
    expect(text).toContain('Jen kontrola: nic nebylo zapsáno.');
    expect(text).toContain('Nic nového k posouzení.');
  });

  it('says when a file had been read before', () => {
    const text = shown({
      kind: 'import',
      isDryRun: false,
      files: [fileResult({ isAlreadyImported: true })],
    });
    expect(text).toContain('Tento soubor už byl načten dříve; nic se nečetlo znovu.');
    expect(text).not.toContain('Operací v souboru');
  });

  it('lists what a run read, wrote and left for later, and a cancellation', () => {
    const text = shown({
      kind: 'run',
      run: runStatus({
        state: 'cancelled',
        imported: [fileResult()],
        exported: [
          {
            path: '/media/usb/pristav/to-jablonec.pristav-sync',
            name: 'to-jablonec.pristav-sync',
            to: ids.jablonec,
            toName: 'Jablonec',
            operations: 7,
            bytes: 1000,
            contentBase64: null,
          },
        ],
        skipped: [{ name: 'x.pristav-sync.tmp', reason: 'soubor se ještě zapisuje' }],
      }),
    });
    expect(text).toContain('Synchronizace byla zrušena.');
    expect(text).toContain('to-jablonec.pristav-sync pro Jablonec (operací: 7)');
    expect(text).toContain('x.pristav-sync.tmp: soubor se ještě zapisuje');
  });

  it('shows a failed run with the API message, and an empty folder in words', () => {
    const text = shown({
      kind: 'run',
      run: runStatus({
        state: 'failed',
        error: { code: 'SYNC_FILE_SIGNATURE_INVALID', message: 'Podpis souboru nesouhlasí.' },
      }),
    });
    expect(text).toContain('Synchronizace skončila chybou');
    expect(text).toContain('Podpis souboru nesouhlasí.');
    expect(text).toContain('Ve složce nebyl žádný nový soubor pro toto pracoviště.');
  });

  it('speaks English in the English UI', () => {
    const text = shown({ kind: 'import', isDryRun: true, files: [fileResult()] }, 'en');
    expect(text).toContain('Only a check: nothing was written.');
    expect(text).toContain('From: Centrum Liberec');
  });
});
