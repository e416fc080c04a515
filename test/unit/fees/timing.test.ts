/** The fee-timing rule: a thu-trước procedure collects its fee at acceptance, a thu-sau one at return. */
import { describe, expect, it } from 'vitest';
import { feeAtAccept, feeAtReturn, firstPaidFee } from '../../../main/fees/timing';

// Fees as a procedure lists them (DOMAIN.md): free lines ("Miễn lệ phí") carry amount 0.
const citizenId = [{ amount: 50_000 }];
const freeFirst = [{ amount: 0 }, { amount: 8_000 }];
const free = [{ amount: 0 }];

describe('fee timing', () => {
  it('thu trước: the fee is collected at acceptance and not again at return', () => {
    expect(feeAtAccept('before', citizenId)).toBe(50_000);
    expect(feeAtReturn('before', citizenId)).toBe(0);
  });

  it('thu sau (the default): nothing at acceptance, the fee at return', () => {
    expect(feeAtAccept('after', citizenId)).toBe(0);
    expect(feeAtReturn('after', citizenId)).toBe(50_000);
  });

  it('a free procedure collects nothing at either moment', () => {
    expect(feeAtAccept('before', free)).toBe(0);
    expect(feeAtReturn('after', free)).toBe(0);
    expect(feeAtAccept('before', [])).toBe(0);
  });

  it('the amount is the first line that asks for money', () => {
    expect(firstPaidFee(freeFirst)).toBe(8_000);
    expect(feeAtAccept('before', freeFirst)).toBe(8_000);
  });
});
