import { writeFileSync, mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { advance, applicant, BIRTH, makeFixture } from '../dossiers/fixture';

const A5 = [419.53, 595.28];
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/** Page sizes and the text of each page, extracted as Unicode by pdf.js. */
async function read(base64: string) {
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const pages: { size: number[]; text: string }[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    pages.push({
      size: page.view.slice(2).map((n) => Math.round(n * 100) / 100),
      text: text.normalize('NFC'),
    });
  }
  return pages;
}

/** Keeps the PDF for a look (pdftoppm) when FORMS_OUT is set. */
function keep(name: string, base64: string) {
  const dir = process.env.FORMS_OUT;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/${name}.pdf`, Buffer.from(base64, 'base64'));
}

const squash = (s: string) => s.replace(/\s+/gu, ' ');

describe('the forms of TT 03/2025 as PDF', () => {
  it('Mẫu 01: A5, one sheet per copy (Liên 1, Liên 2), motto, code, ledger, counts by kind, signers', async () => {
    const f = makeFixture();
    const first = f.deps.settings();
    f.deps.settings = () => ({
      ...first,
      unitName: 'UBND xã Hòa An',
      parentAgency: 'UBND tỉnh Cao Bằng',
      place: 'Hòa An',
    });
    const a = await f.call('dossiers.accept', {
      procedureCode: BIRTH.code,
      applicant: { ...applicant, email: 'tuyet@example.vn' },
      documents: [
        { name: 'Tờ khai đăng ký', originals: 1, certifiedCopies: 0, photocopies: 2 },
        { name: 'Căn cước của người đi đăng ký', shownOnly: true },
      ],
      delivery: { method: 'post', address: 'Số 9 đường Kim Đồng, Cao Bằng' },
    });
    const r = await f.call('dossiers.formPdf', { code: a.dossierCode, form: '01' });
    keep('mau-01', r.pdf);
    const pages = await read(r.pdf);
    expect(r.pages).toBe(2);
    expect(pages).toHaveLength(2);
    for (const [i, p] of pages.entries()) {
      expect(p.size).toEqual(A5);
      const t = squash(p.text);
      expect(t).toContain(i === 0 ? 'Liên 1: Lưu' : 'Liên 2: Giao người nộp hồ sơ');
      expect(t).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(t).toContain(MOTTO);
      expect(t).toContain('UBND TỈNH CAO BẰNG');
      expect(t).toContain(a.dossierCode);
      expect(t).toContain('Quyển số 2026, Số thứ tự 0001');
      expect(t).toContain('tuyet@example.vn');
      expect(t).toContain('bưu chính công ích');
      expect(t).toContain('Hòa An, ngày 07 tháng 12 năm 2026');
      expect(t).toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
      expect(t).toContain('Trần Văn Bình');
      expect(t).not.toContain('undefined');
    }
  });

  it('Mẫu 02, 04 (head of agency with seal), 05, 06; 03 for an accepted dossier is a 409', async () => {
    const f = makeFixture();
    const a = await f.call('dossiers.accept', { procedureCode: BIRTH.code, applicant });
    const code = a.dossierCode as string;
    await expect(f.call('dossiers.formPdf', { code, form: '03' })).rejects.toMatchObject({
      status: 409,
    });
    await expect(f.call('dossiers.formPdf', { code, form: '05' })).rejects.toMatchObject({
      status: 409,
    });
    await f.call('dossiers.requestSupplement', {
      code,
      missing: [{ name: 'Giấy chứng sinh', originals: 1, photocopies: 2 }],
      reason: 'Thiếu giấy chứng sinh',
    });
    advance(f, 2);
    await f.call('dossiers.supplementReceived', { code });
    await f.call('dossiers.handOver', {
      code,
      toUnit: 'Công chức Tư pháp - Hộ tịch',
      receiver: 'Lê Thị Hoa',
    });
    advance(f, 24);
    await f.call('dossiers.receiveBack', { code });
    await f.call('dossiers.delay', {
      code,
      newDueAt: '2026-12-18T10:00:00+07:00',
      reason: 'Cần xác minh thêm nơi cư trú',
    });
    const texts: Record<string, string> = {};
    for (const form of ['02', '04', '06'] as const) {
      const r = await f.call('dossiers.formPdf', { code, form });
      keep(`mau-${form}`, r.pdf);
      const pages = await read(r.pdf);
      expect(pages).toHaveLength(1);
      expect(pages[0].size).toEqual(form === '06' ? [595.28, 841.89] : A5);
      texts[form] = squash(pages[0].text);
      expect(texts[form]).toContain(MOTTO);
      expect(texts[form]).toContain(code);
    }
    expect(texts['02']).toContain('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ');
    expect(texts['02']).toContain('Giấy chứng sinh');
    // Mẫu 04 under its Thông tư 03/2025 name (DOMAIN.md "Added in turn 2"), signed by the head.
    expect(texts['04']).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(texts['04']).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(texts['04']).toContain('(Ký, ghi rõ họ tên, đóng dấu)');
    expect(texts['04']).not.toContain('NGƯỜI TIẾP NHẬN HỒ SƠ');
    expect(texts['06']).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(texts['06']).toContain('Lê Thị Hoa');
    expect(texts['06']).toContain('Trước hạn');
    await f.call('dossiers.stop', { code, reason: 'Dừng theo đề nghị của cơ quan chuyên môn' });
    const stop = await f.call('dossiers.formPdf', { code, form: '05' });
    keep('mau-05', stop.pdf);
    const t5 = squash((await read(stop.pdf))[0].text);
    expect(t5).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(t5).toContain('THỦ TRƯỞNG CƠ QUAN');
  });

  it('Mẫu 03 for a refused declaration names it as a declaration; the unit alone heads it without a parent', async () => {
    const f = makeFixture();
    const d = await f.call('dossiers.declare', { procedureCode: BIRTH.code, applicant }, null);
    await f.call('dossiers.refuse', {
      code: d.declarationCode,
      reason: 'Không thuộc thẩm quyền giải quyết',
    });
    const r = await f.call('dossiers.formPdf', { code: d.declarationCode, form: '03' });
    keep('mau-03', r.pdf);
    const t = squash((await read(r.pdf))[0].text);
    expect(t).toContain('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ');
    expect(t).toContain(`Mã tờ khai: ${d.declarationCode}`);
    expect(t).toContain('UBND XÃ HÒA AN');
    expect(t).not.toContain('undefined');
    await expect(
      f.call('dossiers.formPdf', { code: d.declarationCode, form: '01' }),
    ).rejects.toMatchObject({ status: 409 });
  });
});
