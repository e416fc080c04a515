/**
 * `npx tsx scripts/national-pages.ts [--out DIR] [--data NATIONAL_DIR] [--codes A,B,...]`: starts a test hub on
 * 127.0.0.1 (port 0), imports the national catalog (../shared/data/national-procedures) as the
 * admin, and writes a 1080×1920 screenshot of the kiosk page of the first procedure of the two
 * largest fields of every ministry's file, so the pages parsed from national text can be looked at.
 * `--codes` shoots those procedure codes too (after the default picks; a code already picked once).
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { callApi, repoRoot, startHub } from '../test/support/hub-process';

const { values } = parseArgs({
  options: { out: { type: 'string' }, data: { type: 'string' }, codes: { type: 'string' } },
});
const extraCodes = (values.codes ?? '')
  .split(',')
  .map((c) => c.trim())
  .filter(Boolean);
const outDir = path.resolve(values.out ?? path.join(tmpdir(), 'motcua-national-pages'));
const dataDir = path.resolve(
  values.data ?? path.join(repoRoot, '../shared/data/national-procedures'),
);

/** The first record (code, name) of the two largest fields of one ministry's file. */
function picks(text: string): { code: string; field: string }[] {
  const byField = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { ma_thu_tuc?: string; linh_vuc?: string };
    if (!r.ma_thu_tuc || !r.linh_vuc) continue;
    byField.set(r.linh_vuc, [...(byField.get(r.linh_vuc) ?? []), r.ma_thu_tuc]);
  }
  return [...byField.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .slice(0, 2)
    .map(([field, codes]) => ({ code: codes[0], field }));
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const hub = await startHub({});
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const login = await callApi(hub.url, 'auth.login', {
      username: 'admin',
      password: hub.adminPassword,
    });
    const token = (login.body as { token: string }).token;
    const chosen: { file: string; code: string; field: string }[] = [];
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.jsonl.gz'))) {
      const bytes = readFileSync(path.join(dataDir, file));
      const content = bytes.toString('base64');
      const r = await callApi(
        hub.url,
        'catalog.import',
        { format: 'national', content, encoding: 'base64', name: file },
        token,
      );
      if (r.status !== 200) throw new Error(`${file}: ${r.status} ${JSON.stringify(r.body)}`);
      const text = gunzipSync(bytes).toString('utf8');
      for (const p of picks(text)) chosen.push({ file, ...p });
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { ma_thu_tuc?: string; linh_vuc?: string };
        if (r.ma_thu_tuc && extraCodes.includes(r.ma_thu_tuc)) {
          if (!chosen.some((c) => c.code === r.ma_thu_tuc))
            chosen.push({ file, code: r.ma_thu_tuc, field: r.linh_vuc ?? '' });
        }
      }
    }
    const missing = extraCodes.filter((c) => !chosen.some((x) => x.code === c));
    if (missing.length > 0) console.error(`not found in ${dataDir}: ${missing.join(', ')}`);
    const page = await browser.newPage({
      baseURL: hub.url,
      viewport: { width: 1080, height: 1920 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    for (const c of chosen) {
      await page.goto(`/kiosk/procedure/${c.code}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // The page grows once the QR image and the fonts are in; a full-page shot taken before
      // that is cut at the first layout's height.
      await page.waitForLoadState('networkidle');
      await page.evaluate('document.fonts.ready.then(() => true)');
      await page.waitForTimeout(200);
      const file = path.join(outDir, `${c.file.replace(/\.jsonl\.gz$/u, '')}-${c.code}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${file}\t${c.field}`);
    }
  } finally {
    await browser.close();
    await hub.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
