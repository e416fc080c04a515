/** Parsed procedure records are shared between reads: a write is seen at once, a rollback never. */
import { beforeEach, describe, expect, it } from 'vitest';
import { findProcedure, saveProcedure, setHidden } from '../../../main/catalog/repo';
import { loadSampleCatalogIfEmpty } from '../../../main/catalog/sample';
import type { Procedure } from '../../../main/catalog/types';
import { inTransaction, type Db } from '../../../main/db/database';
import { memoryDb } from './helpers';

// The sample catalog's birth registration, 1.001193, as its record names it.
const CODE = '1.001193';
const NAME = 'Thủ tục đăng ký khai sinh';
let db: Db;

beforeEach(() => {
  db = memoryDb();
  loadSampleCatalogIfEmpty(db);
});

const renamed = (p: Procedure, name: string): Procedure =>
  structuredClone<Procedure>({ ...p, name });

describe('the parsed record cache', () => {
  it('answers the same name twice and a new name right after an edit in the same second', () => {
    const first = findProcedure(db, CODE)!;
    expect(first.name).toBe(NAME);
    expect(findProcedure(db, CODE)!.name).toBe(NAME);
    const at = '2026-12-03T09:00:00.000Z';
    saveProcedure(db, renamed(first, `${NAME} (sửa 1)`), 'admin', at);
    expect(findProcedure(db, CODE)!.name).toBe(`${NAME} (sửa 1)`);
    // Same time stamp, same length: only the invalidation on write can tell these apart.
    saveProcedure(db, renamed(first, `${NAME} (sửa 2)`), 'admin', at);
    expect(findProcedure(db, CODE)!.name).toBe(`${NAME} (sửa 2)`);
  });

  it('forgets what a rolled-back import wrote, even if it was read inside the transaction', () => {
    const before = findProcedure(db, CODE)!;
    expect(() =>
      inTransaction(db, () => {
        saveProcedure(db, renamed(before, 'Tên tạm'), 'json', '2026-12-03T10:00:00.000Z');
        expect(findProcedure(db, CODE)!.name).toBe('Tên tạm');
        throw new Error('import aborted');
      }),
    ).toThrow('import aborted');
    expect(findProcedure(db, CODE)!.name).toBe(NAME);
  });

  it('reports hiding without a new parse, and a reader cannot change the shared record', () => {
    expect(setHidden(db, CODE, true)).toBe(true);
    expect(findProcedure(db, CODE)!.hidden).toBe(true);
    expect(setHidden(db, CODE, false)).toBe(true);
    const p = findProcedure(db, CODE)!;
    expect(p.hidden).toBeUndefined();
    expect(() => {
      (p as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    expect(findProcedure(db, CODE)!.name).toBe(NAME);
  });
});
