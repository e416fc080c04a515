/** The sample catalog shipped with the app, loaded into a new data directory so the kiosk works at once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../db/database';
import { importJsonText } from './import-json';

/** assets/catalog/sample-catalog.json: two levels up from main/catalog/ and from out/main/ alike. */
export const SAMPLE_CATALOG_FILE = fileURLToPath(
  new URL('../../assets/catalog/sample-catalog.json', import.meta.url),
);

/**
 * Loads the sample catalog when the catalog is empty (a fresh data directory), so an admin who
 * already imported the province's catalog never gets the sample mixed in. Returns how many loaded.
 */
export function loadSampleCatalogIfEmpty(db: Db, file = SAMPLE_CATALOG_FILE): number {
  const any = db.prepare('SELECT 1 FROM procedures LIMIT 1').get();
  if (any) return 0;
  const report = importJsonText(db, readFileSync(file, 'utf8'), 'sample-catalog.json', 'sample');
  return report.imported;
}
