/**
 * The dossier lifecycle as a hand-written matrix (state × action → the state it leaves, or 409),
 * decided from DOMAIN.md and DESIGN.md, not read from `lifecycle.ts`: refusing is a reception
 * decision (received or awaiting papers, never once work has started); a result is returned only
 * when ready; a final state (refused, returned, withdrawn, stopped) allows nothing.
 */
import { describe, expect, it } from 'vitest';
import type { DossierState } from '../../../main/dossiers/lifecycle';
import { ACTION_INPUTS, dossierIn, makeFixture, snapshot } from './fixture';

type State = DossierState;

const SAME = 'same';
const X = 409;
type Cell = State | typeof SAME | typeof X;

// prettier-ignore
/** Rows: the state a dossier is in; columns: the action; cell: where it goes (`same` = stays), or 409. */
const MATRIX: Record<State, Record<string, Cell>> = {
  received:             { requestSupplement: 'supplement_requested', supplementReceived: X, refuse: 'refused', handOver: 'handed_over', receiveBack: X, markReady: 'result_ready', delay: SAME, return: X, withdraw: 'withdrawn', stop: 'stopped' },
  supplement_requested: { requestSupplement: X, supplementReceived: 'received', refuse: 'refused', handOver: X, receiveBack: X, markReady: X, delay: SAME, return: X, withdraw: 'withdrawn', stop: 'stopped' },
  in_progress:          { requestSupplement: 'supplement_requested', supplementReceived: X, refuse: X, handOver: 'handed_over', receiveBack: X, markReady: 'result_ready', delay: SAME, return: X, withdraw: 'withdrawn', stop: 'stopped' },
  handed_over:          { requestSupplement: 'supplement_requested', supplementReceived: X, refuse: X, handOver: 'handed_over', receiveBack: 'in_progress', markReady: 'result_ready', delay: SAME, return: X, withdraw: 'withdrawn', stop: 'stopped' },
  result_ready:         { requestSupplement: X, supplementReceived: X, refuse: X, handOver: X, receiveBack: X, markReady: X, delay: X, return: 'returned', withdraw: X, stop: X },
  refused:              { requestSupplement: X, supplementReceived: X, refuse: X, handOver: X, receiveBack: X, markReady: X, delay: X, return: X, withdraw: X, stop: X },
  returned:             { requestSupplement: X, supplementReceived: X, refuse: X, handOver: X, receiveBack: X, markReady: X, delay: X, return: X, withdraw: X, stop: X },
  withdrawn:            { requestSupplement: X, supplementReceived: X, refuse: X, handOver: X, receiveBack: X, markReady: X, delay: X, return: X, withdraw: X, stop: X },
  stopped:              { requestSupplement: X, supplementReceived: X, refuse: X, handOver: X, receiveBack: X, markReady: X, delay: X, return: X, withdraw: X, stop: X },
};

const cells = Object.entries(MATRIX).flatMap(([state, row]) =>
  Object.entries(row).map(([action, cell]) => [state as State, action, cell] as const),
);

describe('the lifecycle matrix (hand-written)', () => {
  it('has a row for every state and a column for every action', () => {
    for (const row of Object.values(MATRIX))
      expect(Object.keys(row).sort()).toEqual(Object.keys(ACTION_INPUTS).sort());
  });

  it.each(cells)('%s → %s gives %s', async (state, action, cell) => {
    const f = makeFixture();
    const code = await dossierIn(f, state);
    const status = () =>
      f.db.prepare('SELECT status FROM dossiers WHERE code = ?').pluck().get(code);
    if (cell === X) {
      const before = snapshot(f);
      const printed = f.printed.length;
      await expect(
        f.call(`dossiers.${action}`, { code, ...ACTION_INPUTS[action] }),
      ).rejects.toMatchObject({
        status: 409,
      });
      expect(snapshot(f)).toEqual(before);
      expect(f.printed.length).toBe(printed);
      return;
    }
    await f.call(`dossiers.${action}`, { code, ...ACTION_INPUTS[action] });
    expect(status()).toBe(cell === SAME ? state : cell);
  });
});
