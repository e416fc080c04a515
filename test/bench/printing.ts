/** Render + encode time of a Mẫu 01 thermal slip (target p95 ≤ 50 ms) and its size in bytes. */
import { receiptSlip } from '../../main/slips/receipt';
import { encodeEscPos } from '../../main/printing/escpos';
import { renderBitmap } from '../../main/printing/render-bitmap';
import { sampleReceipt } from '../support/sample-documents';
import { percentile, type BenchRow } from './types';

const round = (n: number) => Math.round(n * 100) / 100;

/** Measures the slip a counter prints most; every iteration builds, renders and encodes from scratch. */
export function benchPrinting(iterations = 200): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const width of [576, 384] as const) {
    const profile = { widthDots: width, cut: true, maxBand: 255, status: true };
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < iterations + 10; i += 1) {
      const data = {
        ...sampleReceipt,
        dossierCode: `000.00.06.H14-261126-${String(i).padStart(4, '0')}`,
      };
      const t0 = performance.now();
      const job = encodeEscPos(renderBitmap(receiptSlip(data), width), profile);
      const ms = performance.now() - t0;
      if (i >= 10) times.push(ms);
      bytes = job.length;
    }
    const p95 = percentile(times, 95);
    const mm = width === 576 ? '80 mm' : '58 mm';
    rows.push({
      name: `Mẫu 01 slip ${mm} render+encode p50`,
      value: round(percentile(times, 50)),
      unit: 'ms',
    });
    rows.push({
      name: `Mẫu 01 slip ${mm} render+encode p95`,
      value: round(p95),
      unit: 'ms',
      target: '≤ 50 ms',
      ok: p95 <= 50,
    });
    rows.push({ name: `Mẫu 01 slip ${mm} ESC/POS size`, value: bytes, unit: 'bytes' });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(benchPrinting());
