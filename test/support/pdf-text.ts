/** The pages of a PDF (base64, as `dossiers.formPdf` answers) with their size and text, extracted as Unicode by pdf.js. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** Width and height in points, rounded to 0.01. */
  size: number[];
  /** The page's text items joined by spaces, NFC, runs of white space squashed. */
  text: string;
}

export async function pdfPages(base64: string): Promise<PdfPage[]> {
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  const pdf = await getDocument({ data, useSystemFonts: false }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    pages.push({
      size: page.view.slice(2).map((n) => Math.round(n * 100) / 100),
      text: text.normalize('NFC').replace(/\s+/gu, ' '),
    });
  }
  await pdf.destroy();
  return pages;
}
