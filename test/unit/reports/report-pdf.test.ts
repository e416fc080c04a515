import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createOperationTable } from '../../../main/api/operations';
import { reportsContract } from '../../../main/reports/contract';
import { reportsHandlers } from '../../../main/reports/operations';
import { acceptOne, advance, makeFixture, type Fixture } from '../dossiers/fixture';

const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const A4_LANDSCAPE = [841.89, 595.28];
const A4 = [595.28, 841.89];

/** Each page's size and its text items (one item per drawn line), as pdf.js extracts them. */
async function read(base64: string) {
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const pages: { size: number[]; items: string[]; text: string }[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const items = content.items
      .map((it) => ('str' in it ? it.str.normalize('NFC').trim() : ''))
      .filter(Boolean);
    const size = page.view.slice(2).map((n) => Math.round(n * 100) / 100);
    pages.push({ size, items, text: items.join(' ') });
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

function withUnit(f: Fixture) {
  const first = f.deps.settings();
  const settings = () => ({
    ...first,
    unitName: 'UBND xã Hòa An',
    parentAgency: 'UBND tỉnh Cao Bằng',
    place: 'Hòa An',
    headName: 'Nông Văn Quân',
  });
  const table = createOperationTable(
    reportsContract,
    reportsHandlers({ db: f.db, settings }),
    () => f.clock.now,
  );
  return (op: string, input: unknown) =>
    table.invoke(op, input, { caller: f.officer, token: null, origin: 'cli' }) as Promise<any>;
}

describe('Mẫu 07, the log book, as PDF', () => {
  it('is A4 landscape with the heading, the ledger numbers as STT, whole dates and both signers', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00
    const codes = [await acceptOne(f), await acceptOne(f), await acceptOne(f)];
    await f.call('dossiers.markReady', { code: codes[0] });
    const r = await withUnit(f)('reports.logbook', {
      from: '2026-12-07',
      to: '2026-12-07',
      format: 'pdf',
      procedureCode: undefined,
    });
    keep('mau-07', r.base64);
    expect(r).toMatchObject({ format: 'pdf', mimeType: 'application/pdf', total: 3, pages: 1 });
    expect(r.filename).toBe('so-theo-doi-ho-so_2026-12-07_2026-12-07.pdf');
    const [page, ...more] = await read(r.base64);
    expect(more).toHaveLength(0);
    expect(page.size).toEqual(A4_LANDSCAPE);
    expect(page.text).toContain('UBND TỈNH CAO BẰNG');
    expect(page.text).toContain('UBND XÃ HÒA AN');
    expect(page.text).toContain(MOTTO);
    expect(page.text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(page.text).toContain('Từ ngày 07/12/2026 đến ngày 07/12/2026');
    // A code is printed whole, wrapped only after its agency part: "000.00.00.H14-" over "261207-0001".
    for (const code of codes) {
      const cut = code.lastIndexOf('-', code.lastIndexOf('-') - 1) + 1;
      expect(page.text).toContain(`${code.slice(0, cut)} ${code.slice(cut)}`);
    }
    // STT is the ledger number: 1, 2, 3 in the year's Sổ theo dõi hồ sơ.
    for (const no of ['1', '2', '3']) expect(page.items).toContain(no);
    // Received 07/12, due 14/12: each date one whole line of its cell, never "07/12/202" + "6".
    expect(page.items).toContain('07/12/2026');
    expect(page.items).toContain('14/12/2026');
    expect(page.items.some((s) => /^\d{2}\/\d{2}\/\d{3}$/u.test(s))).toBe(false);
    expect(page.text).toContain('Hòa An, ngày 07 tháng 12 năm 2026');
    expect(page.text).toContain('NGƯỜI LẬP SỔ');
    expect(page.text).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(page.text).toContain('Nông Văn Quân');
    expect(page.text).not.toContain('undefined');
  });

  it('runs over several sheets with the column titles repeated, and the unit alone without a parent', async () => {
    const f = makeFixture();
    for (let i = 0; i < 40; i += 1) {
      await acceptOne(f);
      advance(f, 0.1);
    }
    const first = f.deps.settings();
    const table = createOperationTable(
      reportsContract,
      reportsHandlers({ db: f.db, settings: () => ({ ...first, parentAgency: '' }) }),
      () => f.clock.now,
    );
    const r = (await table.invoke(
      'reports.logbook',
      { from: '2026-12-07', to: '2026-12-08', format: 'pdf' },
      { caller: f.officer, token: null, origin: 'cli' },
    )) as { base64: string; pages: number };
    keep('mau-07-long', r.base64);
    const pages = await read(r.base64);
    expect(pages.length).toBe(r.pages);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.size).toEqual(A4_LANDSCAPE);
      expect(p.items).toContain('Mã hồ sơ');
    }
    expect(pages[0].text).toContain('UBND XÃ HÒA AN');
    expect(pages[0].text).not.toContain('undefined');
    expect(pages.at(-1)!.text).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(pages.flatMap((p) => p.items)).toContain('40');
  });
});

describe('the A4 HTML log book', () => {
  it('has the official heading, dates that never break inside, and room for both signers', async () => {
    const f = makeFixture();
    const code = await acceptOne(f);
    const h = await withUnit(f)('reports.logbook', {
      from: '2026-12-07',
      to: '2026-12-07',
      format: 'html',
    });
    const dir = process.env.FORMS_OUT;
    if (dir) writeFileSync(`${dir}/logbook.html`, h.content);
    expect(h.content).toContain('UBND TỈNH CAO BẰNG');
    expect(h.content).toContain(MOTTO);
    // Each date is one unbreakable piece beside its time; the code wraps only after its agency part.
    expect(h.content).toContain('<span class="nw">07/12/2026</span>');
    expect(h.content).toContain('<span class="nw">14/12/2026</span>');
    expect(h.content).toMatch(/\.nw \{ white-space: nowrap; \}/u);
    const cut = code.lastIndexOf('-', code.lastIndexOf('-') - 1) + 1;
    expect(h.content).toContain(
      `<span class="nw">${code.slice(0, cut)}</span><wbr><span class="nw">${code.slice(cut)}</span>`,
    );
    expect(h.content).toContain('Hòa An, ngày 07 tháng 12 năm 2026');
    expect(h.content).toContain('NGƯỜI LẬP SỔ');
    expect(h.content).toContain('THỦ TRƯỞNG CƠ QUAN');
    expect(h.content).toContain('Nông Văn Quân');
    expect(h.content).toMatch(/\.room \{ height: 25mm; \}/u);
  });
});

describe('the periodic report as PDF', () => {
  it('is A4 with the heading, every figure, the sums and the signers', async () => {
    const f = makeFixture(); // Monday 07/12/2026 09:00
    const [a, b, c] = [await acceptOne(f), await acceptOne(f), await acceptOne(f)];
    await acceptOne(f);
    await acceptOne(f);
    await f.call('dossiers.markReady', { code: a });
    await f.call('dossiers.withdraw', { code: b, reason: 'Công dân xin rút hồ sơ' });
    await f.call('dossiers.stop', { code: c, reason: 'Dừng theo đề nghị' });
    const r = await withUnit(f)('reports.periodic', {
      from: '2026-12-07',
      to: '2026-12-07',
      format: 'pdf',
    });
    keep('bao-cao-dinh-ky', r.base64);
    expect(r).toMatchObject({
      format: 'pdf',
      filename: 'bao-cao-dinh-ky_2026-12-07_2026-12-07.pdf',
    });
    const [page, ...more] = await read(r.base64);
    expect(more).toHaveLength(0);
    expect(page.size).toEqual(A4);
    expect(page.text).toContain(MOTTO);
    expect(page.text).toContain('UBND TỈNH CAO BẰNG');
    expect(page.text).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH');
    // The figure printed after each indicator: 5 received in person, 1 early, 2 within time, 1 + 1 ended.
    const after = (label: string) => page.items[page.items.indexOf(label) + 1];
    expect(after('Số hồ sơ kỳ trước chuyển sang')).toBe('0');
    expect(after('Số hồ sơ mới tiếp nhận')).toBe('5');
    expect(after('Trực tiếp')).toBe('5');
    expect(after('Số hồ sơ đã giải quyết')).toBe('1');
    expect(after('Trước hạn')).toBe('1');
    expect(after('Số hồ sơ đang giải quyết')).toBe('2');
    expect(after('Trong hạn')).toBe('2');
    expect(after('Số hồ sơ rút')).toBe('1');
    expect(after('Số hồ sơ dừng xử lý')).toBe('1');
    const n = (label: string) => Number(after(label));
    expect(n('Số hồ sơ kỳ trước chuyển sang') + n('Số hồ sơ mới tiếp nhận')).toBe(
      n('Số hồ sơ đã giải quyết') +
        n('Số hồ sơ đang giải quyết') +
        n('Số hồ sơ rút') +
        n('Số hồ sơ dừng xử lý'),
    );
    expect(page.text).toContain('NGƯỜI LẬP BIỂU');
    expect(page.text).toContain('Nông Văn Quân');
  });
});
