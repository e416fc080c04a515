/**
 * The national crawl (*.jsonl / *.jsonl.gz, one portal record a line) → our Procedure model.
 * Every section is parsed as far as the text allows; what cannot be structured is kept as
 * text in `unparsed` and counted, so the admin sees the coverage of each section.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import type { Db } from '../db/database';
import { cleanText, nfc } from '../text/normalize';
import { finishReport, newReport, saveAll, type Parsed } from './import-report';
import { parseChannels } from './national-channels';
import { parseDocuments } from './national-documents';
import {
  isEmptySection,
  parseLegalBasis,
  parseResults,
  parseSteps,
  splitList,
  portalUrlFor,
} from './national-parse';
import type { ImportReport, Level, Procedure } from './types';

/** The fields of a portal record we read (all strings). */
export type NationalRecord = Record<string, unknown>;

export type Coverage = 'structured' | 'text' | 'empty';

const LEVELS: Record<string, Level> = {
  'Cấp bộ': 'bo',
  'Cấp tỉnh': 'tinh',
  'Cấp huyện': 'huyen',
  'Cấp xã': 'xa',
};

const str = (r: NationalRecord, key: string): string =>
  typeof r[key] === 'string' ? nfc(r[key]) : '';

/** Maps "Cấp bộ, Cấp tỉnh, Cơ quan khác" to our levels; what is not ours stays as text. */
export function parseLevels(text: string): { levels: Level[]; levelText?: string } {
  const parts = splitList(text);
  const levels = parts.map((p) => LEVELS[p]).filter((l): l is Level => l !== undefined);
  const other = parts.filter((p) => !LEVELS[p]);
  if (levels.length === 0) return { levels: ['bo'], levelText: text };
  return other.length > 0 ? { levels, levelText: text } : { levels };
}

/** One section: structured when `parse` gave something, else the text is kept. */
function section<T>(
  raw: string,
  parse: (t: string) => { value: T; ok: boolean },
  empty: T,
): { value: T; coverage: Coverage; text?: string } {
  if (isEmptySection(raw)) return { value: empty, coverage: 'empty' };
  const { value, ok } = parse(raw);
  return ok ? { value, coverage: 'structured' } : { value, coverage: 'text', text: raw };
}

/** Turns one portal record into a Procedure and the coverage of each of its sections. */
export function mapNationalRecord(r: NationalRecord): {
  procedure: Procedure;
  coverage: Record<string, Coverage>;
} {
  const code = str(r, 'ma_thu_tuc').trim();
  const name = cleanText(str(r, 'ten_thu_tuc'));
  const stepsText = str(r, 'trinh_tu_thuc_hien');
  const channels = parseChannels(
    str(r, 'cach_thuc_thuc_hien'),
    `${stepsText}\n${str(r, 'cach_thuc_thuc_hien')}`,
  );
  const processing = section(
    str(r, 'cach_thuc_thuc_hien'),
    () => ({
      value: channels.rows.flatMap((row) => (row.time ? [row.time] : [])),
      ok: channels.rows.length > 0 && channels.rows.every((row) => row.time),
    }),
    [],
  );
  const fees = section(
    str(r, 'cach_thuc_thuc_hien'),
    () => ({
      value: channels.rows.flatMap((row) => (row.fee ? [row.fee] : [])),
      ok: channels.rows.length > 0 && channels.rows.every((row) => row.fee),
    }),
    [],
  );
  const documents = section(
    str(r, 'thanh_phan_ho_so'),
    (t) => {
      const v = parseDocuments(t);
      return { value: v, ok: v.length > 0 };
    },
    [],
  );
  const legal = section(
    str(r, 'can_cu_phap_ly'),
    (t) => {
      const v = parseLegalBasis(t);
      return { value: v, ok: v.some((l) => l.number) };
    },
    [],
  );
  const results = section(
    str(r, 'ket_qua_xu_ly'),
    (t) => {
      const v = parseResults(t);
      return { value: v, ok: v.length > 0 };
    },
    [],
  );
  const steps = section(
    stepsText,
    (t) => {
      const v = parseSteps(t);
      return { value: v, ok: v.length > 0 };
    },
    [],
  );
  const audience = section(
    str(r, 'doi_tuong_thuc_hien'),
    (t) => {
      const v = splitList(t);
      return { value: v, ok: v.length > 0 };
    },
    [],
  );
  const agencyText = [str(r, 'co_quan_thuc_hien'), str(r, 'co_quan_co_tham_quyen')].filter(
    (t) => !isEmptySection(t),
  );
  const levels = parseLevels(str(r, 'cap_thuc_hien'));
  const unparsed: Record<string, string> = {};
  if (processing.text !== undefined || fees.text !== undefined)
    unparsed.processing = str(r, 'cach_thuc_thuc_hien');
  if (documents.text !== undefined) unparsed.documents = documents.text;
  if (legal.text !== undefined) unparsed.legalBasis = legal.text;
  if (results.text !== undefined) unparsed.results = results.text;
  const conditions = str(r, 'yeu_cau_dieu_kien');
  const procedure: Procedure = {
    code,
    name,
    field: cleanText(str(r, 'linh_vuc')) || 'Khác',
    levels: levels.levels,
    ...(levels.levelText ? { levelText: levels.levelText } : {}),
    agencies: [...new Set(agencyText.map(cleanText))],
    serviceLevel: {},
    audience: audience.value,
    steps: steps.value,
    processing: processing.value,
    fees: fees.value,
    documentCases: documents.value,
    results: results.value,
    legalBasis: legal.value,
    ...(isEmptySection(conditions) ? {} : { conditions: conditions.trim() }),
    ...(str(r, 'so_quyet_dinh').trim() ? { decisionNumber: str(r, 'so_quyet_dinh').trim() } : {}),
    ...(isEmptySection(str(r, 'dia_chi_tiep_nhan'))
      ? {}
      : { submitAt: cleanText(str(r, 'dia_chi_tiep_nhan')) }),
    portalUrl: portalUrlFor(code, str(r, 'detail_url')),
    ...(Object.keys(unparsed).length > 0 ? { unparsed } : {}),
  };
  const coverage: Record<string, Coverage> = {
    processing: processing.coverage,
    fees: fees.coverage,
    documents: documents.coverage,
    legalBasis: legal.coverage,
    results: results.coverage,
    steps: steps.coverage,
    audience: audience.coverage,
    agencies: agencyText.length > 0 ? 'structured' : 'empty',
    levels: isEmptySection(str(r, 'cap_thuc_hien'))
      ? 'empty'
      : levels.levelText
        ? 'text'
        : 'structured',
  };
  return { procedure, coverage };
}

/** Why a record cannot be imported, or undefined when it can. */
export function rejectReason(r: unknown): string | undefined {
  if (r === null || typeof r !== 'object' || Array.isArray(r))
    return 'không phải một đối tượng JSON';
  const rec = r as NationalRecord;
  if (typeof rec.ma_thu_tuc !== 'string' || !/^\d+\.\d+/u.test(rec.ma_thu_tuc.trim()))
    return 'thiếu mã thủ tục (ma_thu_tuc) hợp lệ';
  if (typeof rec.ten_thu_tuc !== 'string' || !rec.ten_thu_tuc.trim())
    return 'thiếu tên thủ tục (ten_thu_tuc)';
  return undefined;
}

/** Parses JSONL text line by line: a bad line is one rejection with its number, never the whole file. */
export function parseNationalLines(text: string, report: ImportReport): Parsed[] {
  const out: Parsed[] = [];
  text.split(/\r?\n/u).forEach((line, i) => {
    if (!line.trim()) return;
    report.records += 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      report.rejections.push({ line: i + 1, reason: 'dòng không phải JSON hợp lệ' });
      return;
    }
    const reason = rejectReason(value);
    const code =
      typeof (value as NationalRecord)?.ma_thu_tuc === 'string'
        ? String((value as NationalRecord).ma_thu_tuc)
        : undefined;
    if (reason) {
      report.rejections.push({ line: i + 1, ...(code ? { code } : {}), reason });
      return;
    }
    const { procedure, coverage } = mapNationalRecord(value as NationalRecord);
    out.push({ line: i + 1, procedure, coverage });
  });
  return out;
}

/** Imports national JSONL text (already decompressed) into the catalog and records the report. */
export function importNationalText(
  db: Db,
  text: string,
  source: string,
  now = new Date(),
): ImportReport {
  const report = newReport('national', source, now);
  const parsed = parseNationalLines(text, report);
  saveAll(db, parsed, 'national', report);
  return finishReport(db, report);
}

/** Reads bytes that may be gzip (by magic number) as UTF-8 text. */
export function decodeMaybeGzip(bytes: Buffer): string {
  const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  // A truncated .gz still yields the lines before the damage; the cut line is then rejected with its number.
  return (gz ? gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }) : bytes).toString('utf8');
}

/** Imports a *.jsonl or *.jsonl.gz file from the national crawl. */
export function importNationalFile(db: Db, file: string): ImportReport {
  return importNationalText(db, decodeMaybeGzip(readFileSync(file)), path.basename(file));
}
