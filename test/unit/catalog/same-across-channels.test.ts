import { describe, expect, it } from 'vitest';
import { feeKey, sameAcrossChannels, timeText } from '../../../main/catalog/time-fee';
import type { Fee, ProcessingTime } from '../../../main/catalog/types';

describe('sameAcrossChannels', () => {
  it('shows a fee that reads the same for every channel once, with those channels', () => {
    // 1.014232 (Cấp Giấy phép thăm dò khoáng sản): two cases × three channels, one fee and note.
    const text = '4,000,000 Việt Nam Đồng (theo quy định tại Thông tư số 10/2024/TT-BTC)';
    const fees: Fee[] = ['in_person', 'post', 'online', 'in_person', 'post', 'online'].map(
      (channel) => ({ channel: channel as Fee['channel'], amount: 4000000, text }),
    );
    expect(sameAcrossChannels(fees, feeKey).map((g) => g.channels)).toEqual([
      ['in_person', 'post', 'online'],
    ]);
  });
  it('keeps rows that read differently apart, in the order of the source', () => {
    // 1.000239: practice and theory tests are different fees.
    const fees: Fee[] = [
      { channel: 'online', amount: 250000, text: '250,000 Đồng (Sát hạch thực hành)' },
      { channel: 'post', amount: 250000, text: '250,000 Đồng (Sát hạch thực hành)' },
      { channel: 'in_person', amount: 400000, text: '400,000 Đồng (Sát hạch lý thuyết)' },
    ];
    expect(sameAcrossChannels(fees, feeKey).map((g) => [g.channels, g.row.amount])).toEqual([
      [['online', 'post'], 250000],
      [['in_person'], 400000],
    ]);
  });
  it('groups processing times by what the citizen reads', () => {
    const t = (channel: ProcessingTime['channel'], amount: number): ProcessingTime => ({
      channel,
      amount,
      unit: 'working_day',
      text: `${amount} Ngày làm việc`,
    });
    // 1.000028: "1 ngày làm việc" and "2 ngày làm việc" rows of two cases per channel.
    const rows = [t('in_person', 1), t('in_person', 1), t('online', 2), t('online', 1)];
    expect(sameAcrossChannels(rows, timeText).map((g) => [g.channels, timeText(g.row)])).toEqual([
      [['in_person', 'online'], '1 ngày làm việc'],
      [['online'], '2 ngày làm việc'],
    ]);
  });
});
