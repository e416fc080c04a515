/**
 * The project's own catalog format (assets/catalog/catalog.schema.json): a JSON file with a
 * list of procedures. Each procedure is checked on its own, so one bad record is rejected with
 * its line number and the rest are imported.
 */
import type { Db } from '../db/database';
import { describeIssues } from '../core/validation';
import type { CatalogSource } from './repo';
import { finishReport, newReport, saveAll, type Parsed } from './import-report';
import { catalogFileSchema, procedureSchema } from './contract';
import type { ImportReport, Procedure } from './types';

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Offsets where each element of the top-level "procedures" array starts (string-aware scan). */
export function elementOffsets(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  let inString = false;
  let inProcedures = false;
  let expectValue = false;
  let lastKey = '';
  let keyStart = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i += 1;
      else if (ch === '"') {
        inString = false;
        if (depth === 1 && keyStart >= 0) lastKey = text.slice(keyStart, i);
      }
      continue;
    }
    if (inProcedures && depth === 2 && expectValue && !/[\s,\]]/u.test(ch)) {
      out.push(i);
      expectValue = false;
    }
    if (ch === '"') {
      inString = true;
      keyStart = depth === 1 ? i + 1 : -1;
    } else if (ch === '{' || ch === '[') {
      depth += 1;
      if (depth === 2 && ch === '[' && lastKey === 'procedures') {
        inProcedures = true;
        expectValue = true;
      }
    } else if (ch === '}' || ch === ']') {
      depth -= 1;
      if (depth === 1) inProcedures = false;
    } else if (ch === ',' && inProcedures && depth === 2) expectValue = true;
  }
  return out;
}

/** The line of a JSON.parse error: from its position, or (Node 20) from the quoted context and token. */
export function syntaxErrorLine(text: string, e: Error): number {
  const position = /position (\d+)/u.exec(e.message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of JSON input/u.test(e.message)) return lineAt(text, text.length);
  const context = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/u.exec(e.message);
  const token = /Unexpected token '([\s\S])'/u.exec(e.message);
  if (!context) return 1;
  const at = text.indexOf(context[1]);
  if (at < 0) return 1;
  return lineAt(text, at + Math.max(0, token ? context[1].indexOf(token[1]) : 0));
}

/** Imports our JSON catalog text; `source` names it in the report and the history. */
export function importJsonText(
  db: Db,
  text: string,
  source: string,
  as: CatalogSource = 'json',
): ImportReport {
  const report = newReport('json', source, new Date());
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    report.rejections.push({
      line: syntaxErrorLine(text, e as Error),
      reason: `tệp không phải JSON hợp lệ: ${(e as Error).message}`,
    });
    return finishReport(db, report);
  }
  const file = catalogFileSchema.safeParse(doc);
  if (!file.success) {
    report.rejections.push({
      line: 1,
      reason: `tệp không đúng định dạng danh mục: ${describeIssues(file.error).message}`,
    });
    return finishReport(db, report);
  }
  const offsets = elementOffsets(text);
  const parsed: Parsed[] = [];
  file.data.procedures.forEach((raw, i) => {
    report.records += 1;
    const line = offsets[i] === undefined ? 1 : lineAt(text, offsets[i]);
    const r = procedureSchema.safeParse(raw);
    if (!r.success) {
      const code = (raw as { code?: unknown })?.code;
      const issue = r.error.issues[0];
      const where = issue.path.map(String).join('.') || 'bản ghi';
      report.rejections.push({
        line,
        ...(typeof code === 'string' ? { code } : {}),
        reason: `${where}: ${issue.message}`,
      });
      return;
    }
    const procedure: Procedure = r.data;
    parsed.push({ line, procedure });
  });
  saveAll(db, parsed, as, report);
  return finishReport(db, report);
}
