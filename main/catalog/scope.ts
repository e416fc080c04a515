/**
 * The unit's catalog scope: which levels (and, when set, which fields) of the catalog its
 * counter handles. The kiosk shows only what is in scope; officers search everything, the
 * unit's procedures first. A scope that would leave the kiosk empty is refused.
 */
import { badInput } from '../core/errors';
import type { Db } from '../db/database';
import type { CatalogScope, FieldCount, Level } from './types';

/** The names DESIGN.md gives the levels in `catalog.setScope`, and ours. */
export const LEVEL_NAMES = {
  ministry: 'bo',
  province: 'tinh',
  district: 'huyen',
  commune: 'xa',
} as const satisfies Record<string, Level>;
export type LevelName = keyof typeof LEVEL_NAMES;

const cache = new WeakMap<Db, { scope: CatalogScope | undefined }>();

/** The saved scope, or undefined on a fresh install (the admin screen then asks for the level). */
export function getScope(db: Db): CatalogScope | undefined {
  const hit = cache.get(db);
  if (hit) return hit.scope;
  const row = db.prepare('SELECT levels, fields FROM catalog_scope WHERE id = 1').get() as
    { levels: string; fields: string | null } | undefined;
  const scope = row
    ? {
        levels: JSON.parse(row.levels) as Level[],
        ...(row.fields ? { fields: JSON.parse(row.fields) as string[] } : {}),
      }
    : undefined;
  cache.set(db, { scope });
  return scope;
}

/** SQL for "in this scope" over the procedures table aliased `p`. */
export function scopeWhere(scope: CatalogScope): { sql: string; params: unknown[] } {
  const lv = scope.levels.map(() => 'instr(p.levels, ?) > 0').join(' OR ') || '0';
  const params: unknown[] = scope.levels.map((l) => ` ${l} `);
  let sql = `(${lv})`;
  if (scope.fields) {
    sql += ` AND p.field IN (${scope.fields.map(() => '?').join(', ') || "''"})`;
    params.push(...scope.fields);
  }
  return { sql, params };
}

/** How many visible procedures a scope leaves, and its fields with their counts (largest first). */
export function scopeCounts(db: Db, scope: CatalogScope): { count: number; fields: FieldCount[] } {
  const levelsOnly = scopeWhere({ levels: scope.levels });
  const fields = db
    .prepare(
      `SELECT p.field AS name, count(*) AS count FROM procedures p WHERE p.hidden = 0 AND ${levelsOnly.sql}
       GROUP BY p.field ORDER BY count DESC, p.field`,
    )
    .all(...levelsOnly.params) as FieldCount[];
  const kept = scope.fields ? fields.filter((f) => scope.fields?.includes(f.name)) : fields;
  return { count: kept.reduce((n, f) => n + f.count, 0), fields };
}

/** Saves the scope; refuses one that leaves the kiosk with no procedure at all. */
export function setScope(
  db: Db,
  input: { levels: LevelName[]; fields?: string[] },
  now: Date,
): { scope: CatalogScope; count: number; fields: FieldCount[] } {
  const levels = [...new Set(input.levels.map((l) => LEVEL_NAMES[l]))];
  const scope: CatalogScope = {
    levels,
    ...(input.fields ? { fields: [...new Set(input.fields)] } : {}),
  };
  const counts = scopeCounts(db, scope);
  if (counts.count === 0)
    throw badInput(
      'Phạm vi này không còn thủ tục nào để hiện ở ki-ốt. Hãy chọn thêm cấp hoặc lĩnh vực.',
      'levels',
    );
  db.prepare(
    `INSERT INTO catalog_scope (id, levels, fields, updated_at) VALUES (1, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET levels = excluded.levels, fields = excluded.fields, updated_at = excluded.updated_at`,
  ).run(
    JSON.stringify(levels),
    scope.fields ? JSON.stringify(scope.fields) : null,
    now.toISOString(),
  );
  cache.delete(db);
  return { scope, ...counts };
}
