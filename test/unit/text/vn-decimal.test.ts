import { describe, expect, it } from 'vitest';
import { vnDecimal1 } from '../../../renderer/src/format';

// Vietnamese writes decimals with a comma and groups thousands with a dot (TCVN, and every
// official report): the admin's free space and the officer's average time must not read "78008.8".
describe('vnDecimal1', () => {
  it('writes a comma for the decimal and dots between thousands', () => {
    expect(vnDecimal1(78008.84)).toBe('78.008,8');
    expect(vnDecimal1(0.4)).toBe('0,4');
    expect(vnDecimal1(0)).toBe('0,0');
    expect(vnDecimal1(2.25)).toMatch(/^2,[23]$/u);
  });
});
