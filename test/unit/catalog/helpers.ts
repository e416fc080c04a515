/** Shared set-up for catalog tests: an in-memory database at the latest schema, the national data's folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../../main/db/database';
import { migrate } from '../../../main/db/migrate';
import { migrations } from '../../../main/db/migrations';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export { NATIONAL_DIR, NATIONAL_MISSING } from '../../support/shared-data';

/** A fresh migrated in-memory database. */
export function memoryDb(): Db {
  const db = openDatabase(':memory:');
  migrate(db, migrations);
  return db;
}
