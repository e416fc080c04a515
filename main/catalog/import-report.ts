/** What every importer shares: the report it fills, saving parsed records in one transaction. */
import type { Db } from '../db/database';
import { keepAdminEdits } from './admin-fields';
import { findProcedure, recordImport, saveProcedure, type CatalogSource } from './repo';
import type { FieldCoverage, ImportReport, Procedure } from './types';

/** One record ready to save, with the line it came from and how well each section parsed. */
export interface Parsed {
  line: number;
  procedure: Procedure;
  coverage?: Record<string, 'structured' | 'text' | 'empty'>;
}

/** An empty report; `ms` holds the start (performance.now) until `finishReport` makes it a duration. */
export function newReport(format: ImportReport['format'], source: string, now: Date): ImportReport {
  return {
    format,
    source,
    at: now.toISOString(),
    records: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    rejections: [],
    conflicts: [],
    withUnstructured: 0,
    coverage: {},
    ms: performance.now(),
  };
}

function addCoverage(
  report: ImportReport,
  coverage: Record<string, 'structured' | 'text' | 'empty'>,
): void {
  let anyText = false;
  for (const [key, c] of Object.entries(coverage)) {
    const entry: FieldCoverage =
      report.coverage[key] ?? (report.coverage[key] = { structured: 0, textOnly: 0, empty: 0 });
    if (c === 'structured') entry.structured += 1;
    else if (c === 'text') {
      entry.textOnly += 1;
      anyText = true;
    } else entry.empty += 1;
  }
  if (anyText) report.withUnstructured += 1;
}

/**
 * Saves every parsed record in one transaction (fast, and all-or-nothing against a crash);
 * a record the database refuses (e.g. a local code already used by another) is rejected alone.
 * Fields the unit's admin edited are kept as the admin set them and listed as conflicts.
 */
export function saveAll(
  db: Db,
  parsed: readonly Parsed[],
  source: CatalogSource,
  report: ImportReport,
): void {
  const at = report.at;
  db.transaction(() => {
    for (const p of parsed) {
      try {
        const outcome = db.transaction(() => {
          const merged = keepAdminEdits(db, p.procedure, findProcedure(db, p.procedure.code));
          const saved = saveProcedure(db, merged.procedure, source, at);
          (report.conflicts ??= []).push(...merged.conflicts);
          return saved;
        })();
        report[outcome] += 1;
        if (p.coverage) addCoverage(report, p.coverage);
      } catch (e) {
        report.rejections.push({
          line: p.line,
          code: p.procedure.code,
          reason: `không lưu được: ${(e as Error).message}`,
        });
      }
    }
  }).immediate();
}

/** Closes a report: counts rejections, measures the time, and keeps it for `catalog.lastImport`. */
export function finishReport(db: Db, report: ImportReport): ImportReport {
  report.rejected = report.rejections.length;
  report.ms = Math.round(performance.now() - report.ms);
  recordImport(db, report);
  return report;
}
