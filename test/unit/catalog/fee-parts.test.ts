import { describe, expect, it } from 'vitest';
import { parseChannels } from '../../../main/catalog/national-channels';
import { feeParts, feeText } from '../../../main/catalog/time-fee';

describe('feeParts: a fee as a citizen reads it', () => {
  it('writes amounts the Vietnamese way with the đồng sign', () => {
    expect(feeParts({ amount: 70000, text: '70.000 Đồng' })).toEqual({ amount: '70.000 đ' });
    expect(feeParts({ amount: 1500000, text: '1500000 VNĐ' })).toEqual({ amount: '1.500.000 đ' });
    expect(feeParts({ amount: 0, text: 'Miễn phí' })).toEqual({ amount: 'Miễn phí' });
  });

  it('never reads "Miễn phí" where the note leaves the amount to the province', () => {
    // 2.000806 (kết hôn có yếu tố nước ngoài): the portal's 0 is no amount; most couples pay.
    const marriage = feeParts({
      amount: 0,
      text: 'Miễn phí(Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương quyết định. Miễn lệ phí cho người thuộc gia đình có công với cách mạng; người thuộc hộ nghèo; người khuyết tật.)',
    });
    expect(marriage.amount).toBe('Theo mức do tỉnh quy định');
    expect(marriage.note).toMatch(/^Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh/u);
    for (const text of [
      'Miễn phí(Theo quy định của Hội đồng nhân dân cấp tỉnh.)',
      'Miễn phí(- Mức lệ phí cụ thể do Hội đồng nhân dân cấp tỉnh quyết định (căn cứ …))',
      'Miễn phí(Theo mức thu lệ phí do Hội đồng nhân dân cấp tỉnh quy định.)',
    ])
      expect(feeParts({ amount: 0, text }).amount).toBe('Theo mức do tỉnh quy định');
    expect(
      feeText({ fees: [{ channel: 'in_person', amount: 0, text: marriage.note ?? '' }] } as never),
    ).toBe('Theo mức do tỉnh quy định');
    // A free procedure stays free.
    expect(feeParts({ amount: 0, text: 'Miễn phí(Miễn lệ phí.)' }).amount).toBe('Miễn phí');
  });

  it('keeps the explanation once, without doubled brackets', () => {
    const p = feeParts({
      amount: 0,
      text: 'Miễn phí ((Miễn lệ phí đối với trẻ em dưới 6 tuổi))',
    });
    expect(p).toEqual({ amount: 'Miễn phí', note: 'Miễn lệ phí đối với trẻ em dưới 6 tuổi' });
    expect(`${p.amount} (${p.note})`).not.toContain('((');
  });

  it('keeps inner brackets that do not wrap the whole note', () => {
    const p = feeParts({ amount: 8000, text: '8.000 Đồng (lệ phí (bản sao)) và (phí khác)' });
    expect(p.amount).toBe('8.000 đ');
    expect(p.note).toBe('(lệ phí (bản sao)) và (phí khác)');
  });

  it('reads a per-page fee with its unit and keeps the rest of the rule as the note', () => {
    // Chứng thực bản sao (sample 2.000953 and the national Bộ Tư pháp records): 2.000 đồng a page,
    // from the third page 1.000 đồng a page. "2.000 đ" alone, then "/trang; …", read as a flat fee.
    expect(
      feeParts({
        amount: 2000,
        text: '2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
      }),
    ).toEqual({
      amount: '2.000 đ/trang',
      note: 'Từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    });
    expect(
      feeParts({
        amount: 2000,
        text: '2,000 Việt Nam Đồng(2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản.)',
      }),
    ).toEqual({
      amount: '2.000 đ/trang',
      note: 'Từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản.',
    });
    expect(
      feeParts({
        amount: 2000,
        text: '2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang',
      }),
    ).toEqual({
      amount: '2.000 đ/trang',
      note: 'Tại Ủy ban nhân dân cấp xã: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang',
    });
  });

  it("keeps the row's description with the fee when the row has no time (2.000815, chứng thực bản sao)", () => {
    const table =
      'Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)' +
      'Tại Ủy ban nhân dân cấp xã, Tổ chức hành nghề công chứng: 2.000 đồng/trang; từ trang thứ 3 trở lên thu 1.000 đồng/trang, tối đa thu không quá 200.000 đồng/bản.';
    const [row] = parseChannels(table, '').rows;
    expect(row.time).toBeUndefined();
    const parts = feeParts(row.fee!);
    expect(parts.amount).toBe('2.000 đ/trang');
    expect(parts.note).toContain('từ trang thứ 3 trở lên thu 1.000 đồng/trang');
    expect(parts.note).toContain('tối đa thu không quá 200.000 đồng/bản');
  });

  it('reads the unit of the amount with it, not as a note', () => {
    expect(feeParts({ amount: 800000, text: '800,000 Việt Nam Đồng (/hồ sơ)' })).toEqual({
      amount: '800.000 đ/hồ sơ',
    });
    expect(feeParts({ amount: 12000000, text: '12,000,000 Việt Nam Đồng (đồng/lần)' })).toEqual({
      amount: '12.000.000 đ/lần',
    });
    expect(
      feeParts({ amount: 150000, text: '150,000 Việt Nam Đồng (150.000 đồng/1 giấy)' }),
    ).toEqual({ amount: '150.000 đ/1 giấy' });
    expect(
      feeParts({ amount: 800000, text: '800,000 Việt Nam Đồng (400.000 đồng/hồ sơ)' }),
    ).toEqual({
      amount: '800.000 đ',
      note: '400.000 đồng/hồ sơ',
    });
  });

  it('drops a note that only repeats the amount, and the bullet before a note', () => {
    expect(feeParts({ amount: 0, text: 'Miễn phí (Không)' })).toEqual({ amount: 'Miễn phí' });
    expect(
      feeParts({
        amount: 0,
        text: 'Miễn phí(Đồng (Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.))',
      }),
    ).toEqual({
      amount: 'Theo mức do tỉnh quy định',
      note: 'Mức lệ phí cụ thể do Hội đồng nhân dân tỉnh quyết định.',
    });
    expect(feeParts({ amount: 0, text: 'Miễn phí (Không quy định)' })).toEqual({
      amount: 'Miễn phí',
    });
    expect(
      feeParts({
        amount: 70000,
        text: '70,000 Việt Nam Đồng (- Cấp lại thẻ căn cước: 70.000 đồng/thẻ)',
      }),
    ).toEqual({ amount: '70.000 đ', note: 'Cấp lại thẻ căn cước: 70.000 đồng/thẻ' });
  });
});
