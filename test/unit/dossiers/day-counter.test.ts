/**
 * The NNNN of a dossier code counts the dossiers the unit received that day (DOMAIN.md "Codes",
 * TT 01/2018 Điều 19): it restarts at 0001 at 00:00 Vietnam time, and not at UTC midnight
 * (07:00 in Vietnam).
 */
import { describe, expect, it } from 'vitest';
import { acceptOne, makeFixture } from './fixture';

describe('the daily dossier counter', () => {
  it('restarts at 00:00 in Vietnam and runs on through UTC midnight', async () => {
    const f = makeFixture('2026-12-07T23:59:58+07:00');
    expect(await acceptOne(f)).toMatch(/-261207-0001$/u);
    f.clock.now = new Date('2026-12-07T23:59:59+07:00');
    expect(await acceptOne(f)).toMatch(/-261207-0002$/u);
    f.clock.now = new Date('2026-12-08T00:00:00+07:00');
    expect(await acceptOne(f)).toMatch(/-261208-0001$/u);
    f.clock.now = new Date('2026-12-08T06:59:59+07:00');
    expect(await acceptOne(f)).toMatch(/-261208-0002$/u);
    // 07:00 in Vietnam is 00:00 UTC: the same Vietnamese day, so the count goes on.
    f.clock.now = new Date('2026-12-08T07:00:00+07:00');
    expect(await acceptOne(f)).toMatch(/-261208-0003$/u);
    f.clock.now = new Date('2026-12-08T16:59:00+07:00');
    expect(await acceptOne(f)).toMatch(/-261208-0004$/u);
  });
});
