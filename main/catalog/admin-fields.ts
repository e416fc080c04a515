/**
 * The unit's own edits survive imports: every admin edit records which top-level fields of the
 * procedure the admin set (`procedures.admin_fields`, "*" = the whole record); an import keeps
 * those fields as the admin left them and lists where it would have changed them.
 */
import type { Db } from '../db/database';
import { nfcDeep } from '../text/normalize';
import type { ImportConflict, Procedure } from './types';

/** Fields that are not procedure content (the kiosk flag has its own operation). */
const NOT_CONTENT = new Set(['hidden']);
const WHOLE = '*';

/** The fields an admin set on a procedure ("*" when the whole record is theirs); [] for unknown codes. */
export function adminFieldsOf(db: Db, code: string): string[] {
  const row = db.prepare('SELECT admin_fields FROM procedures WHERE code = ?').get(code) as
    { admin_fields: string } | undefined;
  return row ? (JSON.parse(row.admin_fields) as string[]) : [];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The top-level content fields whose value differs between two versions of a procedure. */
export function differingFields(before: Procedure, after: Procedure): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((k) => !NOT_CONTENT.has(k) && k !== 'code')
    .filter((k) => !same(before[k as keyof Procedure], after[k as keyof Procedure]))
    .sort();
}

/**
 * Records the fields an admin's edit set: those that differ from the stored version (every
 * field of a procedure the admin added), added to the ones set before. Call after saving.
 */
export function recordAdminEdit(db: Db, before: Procedure | undefined, input: Procedure): string[] {
  const after = nfcDeep(input);
  const previous = adminFieldsOf(db, after.code);
  const edited = before
    ? differingFields(before, after)
    : Object.keys(after).filter((k) => !NOT_CONTENT.has(k) && k !== 'code');
  const fields = previous.includes(WHOLE) ? [WHOLE] : [...new Set([...previous, ...edited])].sort();
  db.prepare('UPDATE procedures SET admin_fields = ? WHERE code = ?').run(
    JSON.stringify(fields),
    after.code,
  );
  return fields;
}

/** A value as the report shows it: text as is, anything else as compact JSON, at most 2,000 characters. */
export function conflictText(value: unknown): string {
  const text = value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
}

/**
 * What an import may write: the incoming record with every admin-set field replaced by the
 * stored value, and the conflicts (an admin field the import would have changed).
 */
export function keepAdminEdits(
  db: Db,
  incoming: Procedure,
  stored: Procedure | undefined,
): { procedure: Procedure; conflicts: ImportConflict[] } {
  if (!stored) return { procedure: incoming, conflicts: [] };
  const adminFields = adminFieldsOf(db, incoming.code);
  if (adminFields.length === 0) return { procedure: incoming, conflicts: [] };
  const whole = adminFields.includes(WHOLE);
  const next = nfcDeep(incoming) as Procedure & Record<string, unknown>;
  const kept = stored as Procedure & Record<string, unknown>;
  const conflicts: ImportConflict[] = [];
  for (const field of differingFields(stored, next)) {
    if (!whole && !adminFields.includes(field)) continue;
    conflicts.push({
      code: incoming.code,
      field,
      kept: conflictText(kept[field]),
      incoming: conflictText(next[field]),
    });
    if (kept[field] === undefined) delete next[field];
    else next[field] = kept[field];
  }
  return { procedure: next, conflicts };
}
