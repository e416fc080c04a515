import { describe, expect, it } from 'vitest';
import { findCutoff, parseChannels, unitFromText } from '../../../main/catalog/national-channels';
import { parseDocuments } from '../../../main/catalog/national-documents';
import {
  parseLegalBasis,
  parseResults,
  parseSteps,
  splitList,
} from '../../../main/catalog/national-parse';

const HEAD = 'Hình thức nộpThời gianPhí, lệ phíMô tả';

describe('parseChannels', () => {
  it('reads value, unit and fee per channel', () => {
    const { rows, complete } = parseChannels(
      `${HEAD}Trực tiếp22 Ngày làm việcMiễn phíTrực tuyến15 Ngày70,000 VNĐ(70.000 đồng/Giấy chứng nhận)Dịch vụ bưu chính8 GiờMiễn phí`,
      '',
    );
    expect(complete).toBe(true);
    expect(rows.map((r) => [r.channel, r.time?.amount, r.time?.unit, r.fee?.amount])).toEqual([
      ['in_person', 22, 'working_day', 0],
      ['online', 15, 'calendar_day', 70000],
      ['post', 8, 'working_hour', 0],
    ]);
    expect(rows[1].fee?.text).toBe('70,000 VNĐ (70.000 đồng/Giấy chứng nhận)');
  });

  it('turns a unit-less 1 with a 15:00 cut-off in the steps into same day with the cut-off', () => {
    const steps =
      'nếu tiếp nhận hồ sơ sau 15 giờ thì có Phiếu hẹn, trả kết quả trong ngày làm việc tiếp theo';
    const { rows } = parseChannels(`${HEAD}Trực tuyến1Miễn phíTrực tiếp1Miễn phí`, steps);
    expect(rows[1].time).toMatchObject({
      channel: 'in_person',
      amount: 0,
      unit: 'same_day',
      cutoff: '15:00',
    });
    // What the source wrote is a note for officers, not part of the text citizens read.
    expect(rows[1].time?.text).toBe('Trong ngày');
    expect(rows[1].time?.sourceNote).toBe('nguồn ghi: 1');
  });

  it('takes the unit of a unit-less figure from the row description', () => {
    const { rows } = parseChannels(
      `${HEAD}Trực tiếp5Miễn phí05 (năm) ngày làm việc kể từ ngày nhận hồ sơ`,
      '',
    );
    expect(rows[0].time).toMatchObject({ amount: 5, unit: 'working_day' });
  });

  it('leaves a figure without any unit unstructured and says so', () => {
    const { rows, complete } = parseChannels(
      `${HEAD}Trực tiếp3Miễn phí`,
      'không nói gì về thời hạn',
    );
    expect(rows[0].time).toBeUndefined();
    expect(rows[0].fee?.amount).toBe(0);
    expect(complete).toBe(false);
  });

  it('handles a missing time ("Không có thông tin") followed by a fee and its description', () => {
    const { rows } = parseChannels(
      `${HEAD}Trực tiếpKhông có thông tin2,000 Việt Nam Đồng(/trang)Tại Ủy ban nhân dân cấp xã`,
      '',
    );
    expect(rows[0].time).toBeUndefined();
    expect(rows[0].fee).toEqual({
      channel: 'in_person',
      amount: 2000,
      // The row's description ("Mô tả") stays with the fee: it says where the amount applies.
      text: '2,000 Việt Nam Đồng (/trang) Tại Ủy ban nhân dân cấp xã',
    });
  });

  it('reads a fee in a row whose time cell is empty, and no time from the amount', () => {
    const { rows } = parseChannels(
      `${HEAD}Trực tuyến120,000 VNĐ(Theo khoản 1 Điều 3 Thông tư số 172/2010/TT-BTC)`,
      '',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].time).toBeUndefined();
    expect(rows[0].fee?.amount).toBe(120000);
  });
  it('does not invent a unit for months', () => {
    expect(parseChannels(`${HEAD}Trực tiếp6 Tháng100 USD`, '').rows[0].time).toBeUndefined();
  });
});

describe('cut-off and units from prose', () => {
  it('finds the cut-off hour', () => {
    expect(findCutoff('trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay')).toBe(
      '15:00',
    );
    expect(findCutoff('nộp hồ sơ sau 16h30 thì')).toBe('16:30');
    expect(findCutoff('trong 15 ngày')).toBeUndefined();
  });
  it('reads "05 (năm) ngày làm việc" for 5 and not for 15', () => {
    expect(unitFromText(5, 'trong 05 (năm) ngày làm việc')).toBe('working_day');
    expect(unitFromText(5, 'trong 15 ngày làm việc')).toBeUndefined();
    expect(unitFromText(10, 'không quá 10 ngày')).toBe('calendar_day');
  });
});

describe('parseDocuments', () => {
  it('splits cases, counts originals and copies, separates forms and remarks', () => {
    const text =
      '* Giấy tờ phải nộp:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Tờ khai đăng ký khai sinh;ToKhai.docx1 bản chính' +
      '- Giấy chứng sinh.1 bản chính,2 bản saoTrường hợp đã nộp bản điện tử thì không phải nộp bản giấy.0 bản chính' +
      '* Giấy tờ phải xuất trình:Tên giấy tờMẫu đơn, tờ khaiSố lượng- Hộ chiếu hoặc thẻ căn cước1 bản chính';
    const cases = parseDocuments(text);
    expect(cases.map((c) => c.title)).toEqual(['Giấy tờ phải nộp', 'Giấy tờ phải xuất trình']);
    expect(cases[0].documents).toEqual([
      { name: 'Tờ khai đăng ký khai sinh', originals: 1, copies: 0, form: 'ToKhai.docx' },
      { name: 'Giấy chứng sinh.', originals: 1, copies: 2 },
    ]);
    expect(cases[0].notes).toEqual(['Trường hợp đã nộp bản điện tử thì không phải nộp bản giấy.']);
    expect(cases[1].documents[0]).toMatchObject({
      name: 'Hộ chiếu hoặc thẻ căn cước',
      originals: 1,
    });
  });
  it('returns nothing for text without a table', () => {
    expect(parseDocuments('Không có thông tin')).toEqual([]);
  });
  it('finds a form file glued to a date in the name', () => {
    const [c] = parseDocuments(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượngĐơn theo Mẫu số 09 ngày 27/12/2021.Mus09.docx1 bản chính',
    );
    expect(c.documents[0]).toMatchObject({
      name: 'Đơn theo Mẫu số 09 ngày 27/12/2021.',
      form: 'Mus09.docx',
    });
  });
});

describe('parseLegalBasis', () => {
  it('separates titles from the number cell that follows them', () => {
    const text =
      'Tên văn bản pháp lýMã văn bảnThông tư hướng dẫn về phí85/2019/TT-BTCNghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết Luật Hộ tịch123/2015/NĐ-CPLuật 60/2014/QH1360/2014/QH13Quyết định của Thủ tướng12/2020/QĐ-TTg';
    expect(parseLegalBasis(text).map((l) => l.number)).toEqual([
      '85/2019/TT-BTC',
      '123/2015/NĐ-CP',
      '60/2014/QH13',
      '12/2020/QĐ-TTg',
    ]);
    expect(parseLegalBasis(text)[0].title).toBe('Thông tư hướng dẫn về phí');
  });
});

describe('results, steps, lists', () => {
  it('reads result documents with their codes and drops the page furniture', () => {
    expect(
      parseResults(
        'Giấy khai sinhMã: KQ.G15.000031Bản sao Giấy khai sinhMã: KQ.G15.000099Từ khóaKhông có thông tin',
      ),
    ).toEqual([
      { name: 'Giấy khai sinh', code: 'KQ.G15.000031' },
      { name: 'Bản sao Giấy khai sinh', code: 'KQ.G15.000099' },
    ]);
  });
  it('splits steps by line', () => {
    expect(parseSteps('- Bước 1: nộp hồ sơ.\n\n- Bước 2: nhận kết quả. ')).toEqual([
      'nộp hồ sơ.',
      'nhận kết quả.',
    ]);
  });
  it('never numbers a step twice and keeps sub-bullets under their step', () => {
    const text =
      'Bước 1: Nộp hồ sơ tại bộ phận một cửa.\n- Nộp trực tiếp;\n- Nộp qua bưu chính.\nBước 2. Cán bộ kiểm tra hồ sơ.\n2. Trả kết quả';
    expect(parseSteps(text)).toEqual([
      'Nộp hồ sơ tại bộ phận một cửa.\nNộp trực tiếp;\nNộp qua bưu chính.',
      'Cán bộ kiểm tra hồ sơ.',
      'Trả kết quả',
    ]);
    expect(
      parseSteps('- Nếu nộp trực tiếp: đến Trung tâm.\n- Nếu nộp trực tuyến: gửi hồ sơ.'),
    ).toEqual(['Nếu nộp trực tiếp: đến Trung tâm.', 'Nếu nộp trực tuyến: gửi hồ sơ.']);
  });
  it('keeps the cases and bullets of a dash-marked step under that step', () => {
    const text =
      '- Người yêu cầu nộp hồ sơ tại Trung tâm.\n- Cán bộ tiếp nhận kiểm tra hồ sơ.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận, có Phiếu hẹn;\n(ii) Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.\n- Công chức thẩm tra hồ sơ.\n+ Niêm yết tại trụ sở.\n- Trả kết quả.';
    expect(parseSteps(text)).toEqual([
      'Người yêu cầu nộp hồ sơ tại Trung tâm.',
      'Cán bộ tiếp nhận kiểm tra hồ sơ.\n(i) Trường hợp hồ sơ đầy đủ thì tiếp nhận, có Phiếu hẹn;\n(ii) Trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung.',
      'Công chức thẩm tra hồ sơ.\nNiêm yết tại trụ sở.',
      'Trả kết quả.',
    ]);
  });
  it('reads lettered steps without their letters, with the lines under each', () => {
    const text =
      'a) Nộp hồ sơ TTHC:\nTổ chức nộp 01 bộ hồ sơ.\nb) Giải quyết TTHC:\nCơ quan thẩm định hồ sơ.\nc) Trả kết quả.';
    expect(parseSteps(text)).toEqual([
      'Nộp hồ sơ TTHC:\nTổ chức nộp 01 bộ hồ sơ.',
      'Giải quyết TTHC:\nCơ quan thẩm định hồ sơ.',
      'Trả kết quả.',
    ]);
  });
  it('reads a result code of any shape and no stray stops around the name', () => {
    expect(
      parseResults(
        '.văn bản trả lời.,Mã: KQ.G09.001342Giấy chứng nhận đủ điều kiện buôn bán thuốc thú yMã: KQ.G10.000209Từ khóaKhông có thông tin',
      ),
    ).toEqual([
      { name: 'văn bản trả lời.', code: 'KQ.G09.001342' },
      { name: 'Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y', code: 'KQ.G10.000209' },
    ]);
    expect(
      parseResults('Văn bản từ chối cấp Giấy phépMã: G19-KQ006098Từ khóaKhông có thông tin'),
    ).toEqual([{ name: 'Văn bản từ chối cấp Giấy phép', code: 'G19-KQ006098' }]);
    expect(parseResults('Văn bản tố tụng của Tòa án theo tiến trình giải quyếtMã: VBTT')).toEqual([
      { name: 'Văn bản tố tụng của Tòa án theo tiến trình giải quyết', code: 'VBTT' },
    ]);
  });
  it('takes the text of a step whose head line is only "- Bước 1:" from the line after it', () => {
    const text =
      '- Bước 1: \n+ Công dân đến cơ quan quản lý căn cước đề nghị cấp đổi thẻ;\n\t+ Trường hợp người đề nghị là người đại diện hợp pháp thì hồ sơ phải có giấy tờ chứng minh.\n- Bước 2: Cán bộ thu nhận thông tin công dân.\n- Bước 3: \n+ Trường hợp bị mất thẻ thì cấp lại thẻ.';
    expect(parseSteps(text)).toEqual([
      'Công dân đến cơ quan quản lý căn cước đề nghị cấp đổi thẻ;\nTrường hợp người đề nghị là người đại diện hợp pháp thì hồ sơ phải có giấy tờ chứng minh.',
      'Cán bộ thu nhận thông tin công dân.',
      'Trường hợp bị mất thẻ thì cấp lại thẻ.',
    ]);
  });
  it('joins a sentence the source broke across lines, without cutting its words apart', () => {
    const text =
      'Bước 2: Xử lý hồ sơ\nTrường hợp đủ điều kiện, trong thời hạn 03 ngày làm việc, kể từ ngày kết\nthúc kiểm tra, cơ quan cấp Giấy chứng nhận đủ điều\nkiện buôn bán thuốc thú y; trường hợp không cấp, phải trả lời bằng văn bản và\nnêu rõ lý do.';
    expect(parseSteps(text)).toEqual([
      'Xử lý hồ sơ\nTrường hợp đủ điều kiện, trong thời hạn 03 ngày làm việc, kể từ ngày kết thúc kiểm tra, cơ quan cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc thú y; trường hợp không cấp, phải trả lời bằng văn bản và nêu rõ lý do.',
    ]);
  });
  it('drops the section title before the first step and splits a step begun inside a line', () => {
    expect(
      parseSteps(
        'Trình tự thực hiện Bước 1: Người có đơn gửi đơn đến Bộ.\nBước 2: Bộ trưởng có trách nhiệm:\n- Thông báo thụ lý.',
      ),
    ).toEqual(['Người có đơn gửi đơn đến Bộ.', 'Bộ trưởng có trách nhiệm:\nThông báo thụ lý.']);
    expect(
      parseSteps(
        '+ Bước 1: Doanh nghiệp nộp hồ sơ gửi Ngân hàng Nhà nước. + Bước 2: Trong thời hạn 10 (mười) ngày làm việc, Giám đốc cấp Giấy phép.',
      ),
    ).toEqual([
      'Doanh nghiệp nộp hồ sơ gửi Ngân hàng Nhà nước.',
      'Trong thời hạn 10 (mười) ngày làm việc, Giám đốc cấp Giấy phép.',
    ]);
  });
  it('shows the lines under a step without their "+", "++" or "+++" marks', () => {
    expect(
      parseSteps(
        '+ Bước 2. Cơ quan thuế tiếp nhận:\n++ Trường hợp hồ sơ được nộp trực tiếp: tiếp nhận theo quy định.\n+++ Tiếp nhận hồ sơ: Cổng thông tin gửi thông báo.',
      ),
    ).toEqual([
      'Cơ quan thuế tiếp nhận:\nTrường hợp hồ sơ được nộp trực tiếp: tiếp nhận theo quy định.\nTiếp nhận hồ sơ: Cổng thông tin gửi thông báo.',
    ]);
  });
  it('keeps commas inside parentheses', () => {
    expect(splitList('Công dân Việt Nam, Tổ chức (không bao gồm doanh nghiệp, HTX)')).toEqual([
      'Công dân Việt Nam',
      'Tổ chức (không bao gồm doanh nghiệp, HTX)',
    ]);
  });
});

describe('document names with their form file', () => {
  /** One table row as the portal's text has it: the name cell, the form cell, then the count. */
  const row = (cells: string) =>
    parseDocuments(`Tên giấy tờMẫu đơn, tờ khaiSố lượng${cells}1 bản chính`)[0].documents[0];

  it('separates a form file whose name has spaces from the document name', () => {
    expect(row('Văn bản đề nghị hủy tài khoản điện tử (NA20).Mau NA20-BCA.docx')).toMatchObject({
      name: 'Văn bản đề nghị hủy tài khoản điện tử (NA20).',
      form: 'Mau NA20-BCA.docx',
    });
    expect(
      row(
        'Đơn trình báo mất thẻ ABTC có xác nhận của Thủ tướng Chính phủ.Đơn trình báo mất thẻ ABTC (mẫu TK07) (1).pdf',
      ),
    ).toMatchObject({
      name: 'Đơn trình báo mất thẻ ABTC có xác nhận của Thủ tướng Chính phủ.',
      form: 'Đơn trình báo mất thẻ ABTC (mẫu TK07) (1).pdf',
    });
  });
  it('never cuts a document name inside a legal number', () => {
    const doc = row(
      'Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).1.MuCT01banhnhkmtheoThngts53.doc',
    );
    expect(doc.name).toBe(
      'Tờ khai thay đổi thông tin cư trú (Mẫu CT01 ban hành kèm theo Thông tư số 53/2025/TT-BCA).',
    );
    expect(doc.form).toBe('1.MuCT01banhnhkmtheoThngts53.doc');
  });
  it('finds a form file glued to the name without a space or a stop', () => {
    expect(
      row('Đơn đề nghị cấp giấy phép theo Mẫu 04 Phụ lục I Nghị định số 23/2026/NĐ-CPMau04.docx'),
    ).toMatchObject({
      name: 'Đơn đề nghị cấp giấy phép theo Mẫu 04 Phụ lục I Nghị định số 23/2026/NĐ-CP',
      form: 'Mau04.docx',
    });
    expect(
      row('Phương án đóng cửa mỏ khoáng sảnMau 08-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx'),
    ).toMatchObject({
      name: 'Phương án đóng cửa mỏ khoáng sản',
      form: 'Mau 08-Phu luc_39.2025.TT-BNNMT_02.7.2025.docx',
    });
  });
  it('lists every form file of a row', () => {
    expect(
      row(
        'Danh sách hành khách (nếu có) theo mẫu.MauDanhsachhanhkhach.docxMauDanhsachthuyenvien (1).docx',
      ),
    ).toMatchObject({
      name: 'Danh sách hành khách (nếu có) theo mẫu.',
      form: 'MauDanhsachhanhkhach.docx; MauDanhsachthuyenvien (1).docx',
    });
  });
  it("reads the table's count cell after a name that states a count itself", () => {
    const [c] = parseDocuments(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượngb) Hóa đơn thương mại: 01 bản chụp;0 bản chính,1 bản saoc) Vận tải đơn: 01 bản chụp;0 bản chính,1 bản sao',
    );
    expect(c.documents.map((d) => [d.name, d.originals, d.copies])).toEqual([
      ['b) Hóa đơn thương mại', 0, 1],
      ['c) Vận tải đơn', 0, 1],
    ]);
  });
  it('keeps a name whole where its own words state counts ("nộp 02 bản chính tờ khai")', () => {
    const [c] = parseDocuments(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượnga) Tờ khai hàng hóa nhập khẩu theo Phụ lục II.  Trường hợp thực hiện trên tờ khai hải quan giấy, người khai hải quan khai và nộp 02 bản chính tờ khai hàng hóa nhập khẩu theo mẫu HQ/2015/NK;1 bản chínhg) Trường hợp Thương nhân làm thủ tục lần đầu thì nộp thêm các giấy tờ sau:  g.1) Giấy phép kinh doanh xuất khẩu, nhập khẩu xăng dầu: 01 bản chụp;  g.2) Giấy chứng nhận đủ Điều kiện xuất khẩu, nhập khẩu khí: 01 bản chụp.0 bản chính,1 bản saoa) Ngoài các chứng từ phải nộp, Thương nhân nộp bổ sung 01 bản chụp hợp đồng bán hàng, phụ lục hợp đồng (nếu có);0 bản chính,1 bản sao',
    );
    expect(c.documents.map((d) => [d.name, d.originals, d.copies])).toEqual([
      [
        'a) Tờ khai hàng hóa nhập khẩu theo Phụ lục II.  Trường hợp thực hiện trên tờ khai hải quan giấy, người khai hải quan khai và nộp 02 bản chính tờ khai hàng hóa nhập khẩu theo mẫu HQ/2015/NK;',
        1,
        0,
      ],
      [
        'g) Trường hợp Thương nhân làm thủ tục lần đầu thì nộp thêm các giấy tờ sau:  g.1) Giấy phép kinh doanh xuất khẩu, nhập khẩu xăng dầu: 01 bản chụp;  g.2) Giấy chứng nhận đủ Điều kiện xuất khẩu, nhập khẩu khí',
        0,
        1,
      ],
      [
        'a) Ngoài các chứng từ phải nộp, Thương nhân nộp bổ sung 01 bản chụp hợp đồng bán hàng, phụ lục hợp đồng (nếu có);',
        0,
        1,
      ],
    ]);
  });
  it('gives a legal number back its last digit when the count cell is glued to it', () => {
    const [c] = parseDocuments(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượngTài liệu chứng minh theo quy định tại điểm b Khoản 1 Điều 12 Nghị định 1161 bản chínhBáo cáo kết quả khắc phục0 bản chính,1 bản sao',
    );
    expect(c.documents.map((d) => [d.name, d.originals, d.copies])).toEqual([
      ['Tài liệu chứng minh theo quy định tại điểm b Khoản 1 Điều 12 Nghị định 116', 1, 0],
      ['Báo cáo kết quả khắc phục', 0, 1],
    ]);
  });
  it('separates a form file named after the document, glued inside a word of the name', () => {
    // 1.000028 (Bộ Xây dựng): the file cell "báo cáo kết quả khảo sát.docx" follows "quy định".
    expect(
      row(
        'Báo cáo kết quả khảo sát (đối với trường hợp phải khảo sát đường bộ) theo mẫu quy địnhbáo cáo kết quả khảo sát.docx',
      ),
    ).toMatchObject({
      name: 'Báo cáo kết quả khảo sát (đối với trường hợp phải khảo sát đường bộ) theo mẫu quy định',
      form: 'báo cáo kết quả khảo sát.docx',
    });
    // The row above it: the file follows a stop, and "n đề nghị" (the tail of "Đơn đề nghị") is
    // no file name.
    expect(row('Đơn đề nghị theo mẫu quy định;văn bản đề nghị.docx')).toMatchObject({
      name: 'Đơn đề nghị theo mẫu quy định',
      form: 'văn bản đề nghị.docx',
    });
  });
  it('separates a file glued to the closing "theo mẫu" / "theo quy định", even one named by a code', () => {
    // 1.000312 (Hàng không), 1.013259 (Đường bộ), 1.004270: the name ends "theo mẫu"; the file
    // cell follows with no space or after a stop.
    expect(row('Văn bản đề nghị cấp giấy phép theo mẫu1.000312.docx')).toMatchObject({
      name: 'Văn bản đề nghị cấp giấy phép theo mẫu',
      form: '1.000312.docx',
    });
    expect(
      row('Giấy đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm theo mẫuvăn bản đề nghị.docx'),
    ).toMatchObject({
      name: 'Giấy đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm theo mẫu',
      form: 'văn bản đề nghị.docx',
    });
    expect(row('Đơn đề nghị gia hạn năng định theo mẫu;1.004270.docx')).toMatchObject({
      name: 'Đơn đề nghị gia hạn năng định theo mẫu',
      form: '1.004270.docx',
    });
  });
  it('separates a file named without diacritics beside a name written with them', () => {
    // 1.012881 (Nhà ở), 1.008675 (Lâm nghiệp): long file names in plain letters.
    expect(
      row(
        'Đơn đăng ký thuê nhà ở cho lực lượng vũ trang nhân dân;DON DANG KY MUA THUE MUA NOXH NOLLVT ND 136.docx',
      ),
    ).toMatchObject({
      name: 'Đơn đăng ký thuê nhà ở cho lực lượng vũ trang nhân dân',
      form: 'DON DANG KY MUA THUE MUA NOXH NOLLVT ND 136.docx',
    });
    expect(
      row('Thỏa thuận trao đổi, tặng choThoa thuan trao doi, tang cho loai NC, quy, hiem.docx'),
    ).toMatchObject({
      name: 'Thỏa thuận trao đổi, tặng cho',
      form: 'Thoa thuan trao doi, tang cho loai NC, quy, hiem.docx',
    });
  });
  it("separates a form file with a download's copy number ' (1)' from the name", () => {
    expect(row('Giấy chứng nhận đăng ký tàu biểnGCN ĐK tàu biển (1).docx')).toMatchObject({
      name: 'Giấy chứng nhận đăng ký tàu biển',
      form: 'GCN ĐK tàu biển (1).docx',
    });
  });
  it('leaves a name that only mentions a file whole', () => {
    expect(row('Bản sao giấy khai sinh')).toEqual({
      name: 'Bản sao giấy khai sinh',
      originals: 1,
      copies: 0,
    });
  });
  it('keeps a form file named in words whole, beside the whole document name', () => {
    const [c] = parseDocuments(
      'Tên giấy tờMẫu đơn, tờ khaiSố lượngPhiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc1 bản chính',
    );
    expect(c.documents[0]).toMatchObject({
      name: 'Phiếu đề nghị giải quyết thủ tục về căn cước (Mẫu DC02 ban hành kèm theo Thông tư số 17/2024/TT-BCA của Bộ Công an)',
      form: 'Mẫu DC02 Phiếu đề nghị giải quyết thủ tục về căn cước.doc',
      originals: 1,
    });
  });
});
