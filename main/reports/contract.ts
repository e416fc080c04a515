/** Reports: the log book (Sổ theo dõi hồ sơ) and the period's statistics. */
import { z } from 'zod';
import { spec } from '../core/types';
import { isoDate, isoInstant } from '../core/fields';
import type { LogbookResult, PeriodicResult, StatsResult } from './types';

/** A day (YYYY-MM-DD, local, inclusive) or an instant with its offset. */
const bound = z.union([isoDate, isoInstant]);
const status = z.enum([
  'received',
  'supplement_requested',
  'refused',
  'in_progress',
  'handed_over',
  'result_ready',
  'returned',
  'withdrawn',
  'stopped',
]);

export const reportsContract = {
  'reports.logbook': spec<LogbookResult>()({
    role: 'officer',
    input: z
      .object({
        from: bound,
        to: bound,
        format: z.enum(['json', 'xlsx', 'html', 'pdf']),
        procedureCode: z.string().trim().min(1).max(80).optional(),
        status: status.optional(),
      })
      .strict(),
    doc: 'The log book of dossiers received in a period, as rows, an XLSX file or the A4 print view (HTML), or Mẫu 07 as a PDF on A4 landscape; the read is audited.',
  }),
  'reports.stats': spec<StatsResult>()({
    role: 'officer',
    input: z.object({ from: bound, to: bound }).strict(),
    doc: 'The figures a unit is judged on: received by channel and field, early / on time / late, overdue now, average time, per officer.',
  }),
  'reports.periodic': spec<PeriodicResult>()({
    role: 'officer',
    input: z
      .object({ from: bound, to: bound, format: z.enum(['json', 'xlsx', 'pdf']).optional() })
      .strict(),
    doc: 'The periodic report: carried over + received = resolved (early, on time, late) + in progress (within time, overdue) + withdrawn + stopped; format "xlsx" or "pdf" (A4) adds the report file.',
  }),
};
