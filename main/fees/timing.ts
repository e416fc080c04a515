/** When a dossier's fee is collected: at acceptance (thu trước) or at return (thu sau). Node-free. */
import type { FeeTiming } from './types';

/** The first fee of a procedure that asks for money, in đồng; 0 when the procedure is free. */
export function firstPaidFee(fees: readonly { amount: number }[]): number {
  return fees.find((f) => Number.isSafeInteger(f.amount) && f.amount > 0)?.amount ?? 0;
}

/** The amount to collect at acceptance: the fee for a thu-trước procedure that has one, else 0. */
export function feeAtAccept(timing: FeeTiming, fees: readonly { amount: number }[]): number {
  return timing === 'before' ? firstPaidFee(fees) : 0;
}

/** The amount to collect at return: the fee for a thu-sau procedure, 0 when it was collected at acceptance. */
export function feeAtReturn(timing: FeeTiming, fees: readonly { amount: number }[]): number {
  return timing === 'after' ? firstPaidFee(fees) : 0;
}
