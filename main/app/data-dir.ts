/** A data directory holds the SQLite file, the prints and the unit's configuration. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, type Db } from '../db/database';
import { migrate } from '../db/migrate';
import { migrations } from '../db/migrations';

export const DB_FILE = 'motcua.sqlite';

/** Opens the data directory's database, creating and migrating it as needed. */
export function openDataDir(dir: string): { db: Db; file: string; created: boolean } {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, DB_FILE);
  const db = openDatabase(file);
  const { from } = migrate(db, migrations, { file });
  return { db, file, created: from === 0 };
}
