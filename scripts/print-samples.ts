/**
 * `npm run print:samples -- [--out DIR]`: prints every document, on 80 mm and 58 mm paper, to a
 * virtual ESC/POS printer, decodes what the printer received and writes it as PNG (plus the A5/A4
 * HTML) into a folder it names, checking on the way that each decoded image is the preview.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../main/db/database';
import { migrate } from '../main/db/migrate';
import { migrations } from '../main/db/migrations';
import { bitmapDataUrl } from '../main/printing/bitmap';
import { createPrintService } from '../main/printing/service';
import { renderHtml } from '../main/printing/render-html';
import { decodeEscPosRaster, rasterToPng, readQrFromRaster } from '../test/support/raster-decoder';
import { sampleDocuments } from '../test/support/sample-documents';
import { startVirtualPrinter } from '../test/support/virtual-printer';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const out = path.resolve(
    values.out ?? path.join(os.tmpdir(), `motcua-print-samples-${Date.now()}`),
  );
  mkdirSync(out, { recursive: true });
  const printer = await startVirtualPrinter();
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  let problems = 0;
  let expected = 0;
  try {
    for (const [suffix, mm] of [
      ['', 80],
      ['?width=58', 58],
    ] as const) {
      const service = createPrintService({
        db,
        printerUri: `${printer.uri}${suffix}`,
        dataDir: out,
      });
      for (const { name, doc } of sampleDocuments()) {
        const outcome = await service.print(doc, { subject: name });
        if (outcome.status !== 'printed') {
          problems += 1;
          console.error(`failed ${name}: ${outcome.message}`);
          continue;
        }
        expected += 1;
        const job = (await printer.waitForJobs(expected, 5000))[expected - 1];
        const decoded = decodeEscPosRaster(job);
        const png = rasterToPng(decoded);
        const file = path.join(out, `${name}-${mm}mm.png`);
        writeFileSync(file, png);
        const same = previewOf(decoded) === outcome.preview;
        const qr = doc.blocks.some((b) => b.kind === 'qr')
          ? readQrFromRaster(decoded.cutsAt.length > 1 ? firstCopy(decoded) : decoded)
          : '-';
        if (!same || qr === null) problems += 1;
        console.log(
          `${path.basename(file)}: ${decoded.width}×${decoded.height}, ${job.length} bytes, preview ${same ? '=' : '≠'} decoded, QR ${qr ?? 'NOT READ'}`,
        );
      }
    }
    for (const { name, doc } of sampleDocuments())
      writeFileSync(path.join(out, `${name}.html`), renderHtml(doc, doc.paper));
  } finally {
    db.close();
    await printer.close();
  }
  console.log(`samples written to ${out}`);
  if (problems > 0) {
    console.error(`${problems} problem(s)`);
    process.exit(1);
  }
}

function firstCopy(d: ReturnType<typeof decodeEscPosRaster>) {
  return { width: d.width, height: d.cutsAt[0], bits: d.bits.subarray(0, d.width * d.cutsAt[0]) };
}

/** The decoded image encoded as the service encodes its preview, to compare with what the officer saw. */
function previewOf(d: ReturnType<typeof decodeEscPosRaster>): string {
  const rowBytes = Math.ceil(d.width / 8);
  const data = new Uint8Array(rowBytes * d.height);
  d.bits.forEach((bit, i) => {
    if (bit)
      data[Math.floor(i / d.width) * rowBytes + ((i % d.width) >> 3)] |=
        0x80 >> ((i % d.width) & 7);
  });
  return bitmapDataUrl({ width: d.width, height: d.height, rowBytes, data, breaks: [] });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
