import { describe, expect, it } from 'vitest';
import {
  feeText,
  formatDong,
  inPersonProcessing,
  staffTimeText,
  timeText,
} from '../../../main/catalog/time-fee';
import type { Procedure } from '../../../main/catalog/types';

const base: Procedure = {
  code: '1.000001',
  name: 'X',
  field: 'Y',
  levels: ['xa'],
  agencies: [],
  serviceLevel: {},
  audience: [],
  steps: [],
  processing: [],
  fees: [],
  documentCases: [],
  results: [],
  legalBasis: [],
};

describe('inPersonProcessing', () => {
  it('prefers the in-person channel, then post, then online', () => {
    const p: Procedure = {
      ...base,
      processing: [
        { channel: 'online', amount: 3, unit: 'working_day', text: '' },
        { channel: 'post', amount: 4, unit: 'working_day', text: '' },
      ],
    };
    expect(inPersonProcessing(p)).toMatchObject({ channel: 'in_person', amount: 4 });
    expect(
      inPersonProcessing({
        ...p,
        processing: [
          ...p.processing,
          { channel: 'in_person', amount: 5, unit: 'calendar_day', text: '' },
        ],
      }),
    ).toMatchObject({ amount: 5, unit: 'calendar_day' });
  });
  it('falls back to a unit-less figure kept as text, marked assumed, and to same day when there is nothing', () => {
    const p = {
      ...base,
      unparsed: { processing: 'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp7Miễn phí' },
    };
    const guessed = inPersonProcessing(p);
    expect(guessed).toMatchObject({ amount: 7, unit: 'working_day', assumed: true });
    // The provenance note is kept apart from the text citizens read.
    expect(guessed.text).not.toMatch(/nguồn|cần kiểm tra/u);
    expect(guessed.sourceNote).toContain('nguồn không ghi đơn vị');
    expect(inPersonProcessing(base)).toMatchObject({ unit: 'same_day', assumed: true });
  });
});

describe('texts', () => {
  it('words the time', () => {
    expect(
      timeText({ channel: 'in_person', amount: 0, unit: 'same_day', text: '', cutoff: '15:00' }),
    ).toBe('Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)');
    expect(timeText({ channel: 'in_person', amount: 5, unit: 'working_day', text: '' })).toBe(
      '5 ngày làm việc',
    );
    expect(timeText({ channel: 'in_person', amount: 8, unit: 'working_hour', text: '' })).toBe(
      '8 giờ làm việc',
    );
    expect(
      timeText({ channel: 'in_person', amount: 7, unit: 'working_day', text: '', assumed: true }),
    ).toBe('Cần hỏi cán bộ');
    expect(
      staffTimeText({
        channel: 'in_person',
        amount: 7,
        unit: 'working_day',
        text: '',
        assumed: true,
        sourceNote: '7 (nguồn không ghi đơn vị)',
      }),
    ).toBe('7 ngày làm việc (cần kiểm tra) — 7 (nguồn không ghi đơn vị)');
  });
  it('words the fee', () => {
    expect(formatDong(1500000)).toBe('1.500.000 đồng');
    expect(
      feeText({
        ...base,
        fees: [
          { channel: 'online', amount: 0, text: '' },
          { channel: 'in_person', amount: 50000, text: '' },
        ],
      }),
    ).toBe('50.000 đồng');
    expect(feeText({ ...base, fees: [{ amount: 0, text: 'Miễn lệ phí' }] })).toBe('Miễn phí');
    expect(feeText(base)).toBe('Không có thông tin');
  });
});
