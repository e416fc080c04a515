import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../main/printing/render-html';
import { receiptA5 } from '../../../main/slips/receipt';
import { hostileReceipt, sampleDocuments, sampleReceipt } from '../../support/sample-documents';

describe('HTML renderer', () => {
  it.each(sampleDocuments())(
    '$name is one self-contained page: no external resource',
    ({ doc }) => {
      const html = renderHtml(doc, doc.paper);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(/\b(src|href)=["']?(https?:|\/\/)/u);
      expect(html).not.toMatch(/url\((?!data:)/u);
      expect(html).toContain('font-src data:');
      expect(html).toContain(`<title>${doc.title.replace(/&/gu, '&amp;')}</title>`);
    },
  );

  it('prints Mẫu 01 on A5 as two copies, each with its label, its table and its QR code', () => {
    const html = renderHtml(receiptA5(sampleReceipt), 'A5', { embedFonts: false });
    expect(html).toContain('size: A5 portrait');
    expect(html.match(/<section class="copy">/gu)).toHaveLength(2);
    expect(html).toContain('Liên 1: Lưu');
    expect(html).toContain('Liên 2: Giao người nộp hồ sơ');
    expect(html.match(/<svg /gu)).toHaveLength(2);
    expect(html).toContain('<td class="left">Giấy chứng sinh</td>');
    expect(html).toContain('09 giờ 30 phút, ngày 26 tháng 11 năm 2026');
  });

  it('escapes markup, writes NFC and keeps long text whole', () => {
    const data = { ...hostileReceipt(), applicantName: '<b>Lê</b> & "Thị"'.normalize('NFD') };
    const html = renderHtml(receiptA5(data), 'A4', { embedFonts: false });
    expect(html).toContain('&lt;b&gt;Lê&lt;/b&gt; &amp; &quot;Thị&quot;');
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain(data.procedureName);
    expect(html).toContain('size: A4 portrait');
  });

  it('embeds the three bundled font faces by default', () => {
    const html = renderHtml(receiptA5(sampleReceipt), 'A5');
    expect(html.match(/@font-face/gu)).toHaveLength(3);
    expect(html).toContain('data:font/ttf;base64,AAEAAA');
  });
});
