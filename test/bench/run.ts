/** `npm run bench`: every benchmark, printed as one table of figures with their targets. */
import type { BenchRow } from './types';
import { benchHub, benchNationalSearchHttp } from './hub';
import { benchCatalog } from './catalog';
import { benchCalendar } from './calendar';
import { benchPrinting } from './printing';
import { benchDossiers } from './dossiers';
import { benchPortal } from './portal';
import { benchLoad } from './load';
import { benchAttacks } from './attacks';

const suites: [string, () => BenchRow[] | Promise<BenchRow[]>][] = [
  ['hub', benchHub],
  ['hub', benchNationalSearchHttp],
  ['catalog', benchCatalog],
  ['calendar', benchCalendar],
  ['printing', benchPrinting],
  ['dossiers', () => benchDossiers()],
  ['portal', benchPortal],
  ['load', benchLoad],
  ['attacks', benchAttacks],
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const rows: (BenchRow & { suite: string })[] = [];
  for (const [suite, run] of suites) {
    if (only.length > 0 && !only.includes(suite)) continue;
    process.stderr.write(`running ${suite} …\n`);
    for (const row of await run()) rows.push({ suite, ...row });
  }
  const table = rows.map((r) => ({
    suite: r.suite,
    figure: r.name,
    value: `${r.value} ${r.unit}`,
    target: r.target ?? '',
    met: r.ok === undefined ? '' : r.ok ? 'yes' : 'NO',
  }));
  console.table(table);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
