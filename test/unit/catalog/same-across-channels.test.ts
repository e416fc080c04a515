import { describe, expect, it } from 'vitest';
import { parseChannels } from '../../../main/catalog/national-channels';
import { feeKey, sameAcrossChannels, timeKey, timeText } from '../../../main/catalog/time-fee';
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
  it('keeps each stage of a channel with what it is for, and groups the same stage across channels', () => {
    // 1.000028 (Bộ Xây dựng), "Cách thức thực hiện" as the portal gives it: per channel, 1 or 2
    // days to receive and check the papers, then 1 day to appraise and issue. The figures alone
    // ("1 ngày", "2 ngày") do not say which is which; the "Mô tả" column does.
    const receive1 = 'Tiếp nhận và kiểm tra thành phần hồ sơ ngay trong ngày làm việc.';
    const appraise =
      'Thẩm định hồ sơ và trả kết quả: 01 ngày làm việc, kẻ từ khi nhận đủ hồ sơ theo quy định.';
    const receive2 =
      'Tiếp nhận và kiểm tra thành phần hồ sơ: 02 ngày làm việc, kể từ ngày nhận được hồ sơ.';
    const table =
      'Hình thức nộpThời gianPhí, lệ phíMô tả' +
      `Trực tiếp1 Ngày làm việcKhông có thông tin${receive1}` +
      `Trực tiếp1 Ngày làm việcKhông có thông tin${appraise}` +
      `Trực tuyến2 Ngày làm việcKhông có thông tin${receive2}` +
      `Trực tuyến1 Ngày làm việcKhông có thông tin${appraise}` +
      `Dịch vụ bưu chính2 Ngày làm việcKhông có thông tin${receive2}` +
      `Dịch vụ bưu chính1 Ngày làm việcKhông có thông tin${appraise}`;
    const times = parseChannels(table, '').rows.map((r) => r.time!);
    expect(times.map((t) => t.note)).toEqual([
      receive1,
      appraise,
      receive2,
      appraise,
      receive2,
      appraise,
    ]);
    expect(
      sameAcrossChannels(times, timeKey).map((g) => [g.channels, timeText(g.row), g.row.note]),
    ).toEqual([
      [['in_person'], '1 ngày làm việc', receive1],
      [['in_person', 'online', 'post'], '1 ngày làm việc', appraise],
      [['online', 'post'], '2 ngày làm việc', receive2],
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
