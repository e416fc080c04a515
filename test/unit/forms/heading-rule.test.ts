/**
 * The rules under the heading of every form (Nghị định 30/2020/NĐ-CP, Phụ lục I, on the layout of
 * administrative documents): under the motto "Độc lập - Tự do - Hạnh phúc" a solid line as long as
 * the motto; under the issuing agency a line a third to a half of its name; each centred on its text.
 */
import { describe, expect, it } from 'vitest';
import { headingRule } from '../../../main/forms/pdf';

describe('the heading rules of a form', () => {
  it('under the motto: exactly the motto long, centred under it', () => {
    const [x0, x1] = headingRule(200, 180, 120, true);
    expect(x1 - x0).toBeCloseTo(120);
    expect((x0 + x1) / 2).toBeCloseTo(290);
  });

  it('under the unit: between a third and a half of its name, centred', () => {
    const [x0, x1] = headingRule(28, 150, 90, false);
    expect(x1 - x0).toBeGreaterThanOrEqual(90 / 3);
    expect(x1 - x0).toBeLessThanOrEqual(90 / 2);
    expect((x0 + x1) / 2).toBeCloseTo(28 + 75);
  });

  it('a name wider than its column (wrapped) measures the column, not past it', () => {
    const [x0, x1] = headingRule(0, 100, 260, true);
    expect([x0, x1]).toEqual([0, 100]);
  });
});
