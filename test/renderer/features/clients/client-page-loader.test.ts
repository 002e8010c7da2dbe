import type { SetStateAction } from 'react';
import { describe, expect, it } from 'vitest';
import type { ApiError, ClientList, ClientSummary, Result } from '../../../../db/contract/index.ts';
import {
  emptyState,
  firstMissingPage,
  loadWanted,
  newLoader,
  pageSize,
  rowAt,
  type PagesState,
} from '../../../../renderer/features/clients/client-page-loader.ts';

/** A register of `total` numbered clients, served one page per call as the API would. */
function registerRows(total: number, offset: number, limit: number): ClientList {
  const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) =>
    client(offset + i),
  );
  return { total, rows };
}

function client(index: number): ClientSummary {
  return {
    id: `client-${index}`,
    displayName: `Klient ${index}`,
    isPseudonymous: false,
    birthDate: null,
    nationality: 'UA',
    residenceStatus: null,
    town: 'Liberec',
    phone: '',
    isConsentPending: false,
    isAnonymised: false,
  };
}

/**
 * What useClientPages does, without React: one state, one current loader per filters, and the
 * API faked by calls that wait until the test answers them (in the order it chooses).
 */
function pagedRegister(total = 1000) {
  let queryKey = '{}';
  let state: PagesState = emptyState(queryKey);
  let loader = newLoader(queryKey);
  const asked: {
    queryKey: string;
    offset: number;
    isAnswered: boolean;
    answer: (result: Result<ClientList>) => void;
  }[] = [];
  const setState = (action: SetStateAction<PagesState>) => {
    state = typeof action === 'function' ? action(state) : action;
  };
  const fetchPage = (key: string, offset: number, limit: number) => {
    expect(limit).toBe(pageSize);
    return new Promise<Result<ClientList>>((answer) =>
      asked.push({ queryKey: key, offset, isAnswered: false, answer }),
    );
  };
  const load = () => loadWanted(loader, () => loader, setState, fetchPage);
  return {
    get state() {
      return state;
    },
    /** The offsets asked for so far, in order. */
    askedOffsets: () => asked.map((call) => call.offset),
    want(first: number, last: number) {
      loader.wanted = [first, last];
      load();
    },
    filter(filters: object) {
      queryKey = JSON.stringify(filters);
      loader = newLoader(queryKey);
      load();
    },
    /** The filters each call was asked with, in order. */
    askedFilters: () => asked.map((call) => call.queryKey),
    /** Answers the open call for `offset` and lets the loader react to it. */
    async answer(offset: number, error?: ApiError) {
      const call = asked.find((entry) => entry.offset === offset && !entry.isAnswered);
      if (!call) throw new Error(`offset ${offset} is not waiting for an answer`);
      call.isAnswered = true;
      call.answer(
        error ? { ok: false, error } : { ok: true, value: registerRows(total, offset, pageSize) },
      );
      // The loader reacts in the promise's callback: let it run before the test looks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('reading the register page by page', () => {
  it('finds the first page of the wanted rows that is not loaded yet', () => {
    expect(firstMissingPage([0, 0], new Set())).toBe(0);
    expect(firstMissingPage([0, 450], new Set([0, 1]))).toBe(2);
    expect(firstMissingPage([0, 450], new Set([0, 1, 2]))).toBeNull();
    expect(firstMissingPage([5000, 5100], new Set([0]))).toBe(25);
    expect(firstMissingPage([399, 400], new Set([1]))).toBe(2);
  });

  it('asks for the first page, then knows the total and the rows', async () => {
    const register = pagedRegister(1000);
    register.want(0, 30);
    expect(register.state.total).toBeNull();
    await register.answer(0);
    expect(register.state.total).toBe(1000);
    expect(rowAt(register.state.pages, 199)?.displayName).toBe('Klient 199');
    expect(rowAt(register.state.pages, 200)).toBeUndefined();
    expect(register.askedOffsets()).toEqual([0]);
  });

  it('asks for one page at a time, each once', async () => {
    const register = pagedRegister(1000);
    register.want(0, 450);
    register.want(0, 450);
    expect(register.askedOffsets()).toEqual([0]);
    await register.answer(0);
    expect(register.askedOffsets()).toEqual([0, 200]);
    await register.answer(200);
    await register.answer(400);
    register.want(100, 300);
    expect(register.askedOffsets()).toEqual([0, 200, 400]);
    expect(rowAt(register.state.pages, 450)?.id).toBe('client-450');
  });

  it('goes straight to the rows in view now, not to those scrolled past meanwhile', async () => {
    const register = pagedRegister(10_000);
    register.want(0, 30);
    register.want(2000, 2030);
    register.want(5000, 5030);
    await register.answer(0);
    expect(register.askedOffsets()).toEqual([0, 5000]);
  });

  it('drops the answer for filters changed in the meantime, and starts the new ones afresh', async () => {
    const register = pagedRegister(1000);
    register.want(0, 450);
    register.filter({ nationality: 'VN' });
    expect(register.askedFilters()).toEqual(['{}', '{"nationality":"VN"}']);
    await register.answer(0);
    // That answer was for the old filters: nothing of it is kept, and nothing more is asked
    // for them, though their rows 200–450 were wanted.
    expect(register.state.total).toBeNull();
    expect(register.askedOffsets()).toEqual([0, 0]);
    await register.answer(0);
    expect(register.askedOffsets()).toEqual([0, 0]);
    expect(register.state).toMatchObject({ queryKey: '{"nationality":"VN"}', total: 1000 });
  });

  it('keeps what it has on a refusal, and tries again only on the next scroll', async () => {
    const register = pagedRegister(1000);
    register.want(0, 250);
    await register.answer(0);
    const refusal: ApiError = { code: 'SESSION_LOCKED', message: 'Zamčeno' };
    await register.answer(200, refusal);
    expect(register.state.error).toEqual(refusal);
    expect(register.state.total).toBe(1000);
    expect(register.askedOffsets()).toEqual([0, 200]);
    register.want(0, 250);
    expect(register.askedOffsets()).toEqual([0, 200, 200]);
    await register.answer(200);
    expect(register.state.error).toBeNull();
    expect(rowAt(register.state.pages, 250)?.id).toBe('client-250');
  });
});
