/**
 * The catalog's operations (lookup at the kiosk, browsing by field, the admin's upkeep) and the
 * schema of our own catalog format, which the JSON importer and catalog.update check records
 * with and assets/catalog/catalog.schema.json is generated from. Node-free.
 */
import { z } from 'zod';
import { spec } from '../core/types';
import type {
  CatalogScope,
  FieldCount,
  ImportReport,
  Procedure,
  ProcedureSummary,
  SearchMatch,
} from './types';

const line = (max: number) => z.string().trim().min(1).max(max);
const count = z.number().int().min(0).max(99);
const channel = z.enum(['in_person', 'online', 'post']);
export const levelSchema = z.enum(['bo', 'tinh', 'huyen', 'xa']);

export const processingTimeSchema = z
  .object({
    channel,
    amount: z.number().min(0).max(3650),
    unit: z.enum(['working_day', 'calendar_day', 'working_hour', 'same_day']),
    cutoff: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/u, { error: 'phải có dạng HH:MM' })
      .optional(),
    text: z.string().max(2000),
    assumed: z.boolean().optional(),
    sourceNote: z.string().max(2000).optional(),
  })
  .strict();

export const feeSchema = z
  .object({
    channel: channel.optional(),
    amount: z.number().int().min(0).max(1_000_000_000_000),
    text: z.string().max(4000),
  })
  .strict();

export const requiredDocumentSchema = z
  .object({
    name: line(4000),
    originals: count,
    copies: count,
    form: z.string().max(500).optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();

/** A procedure in our format: the same shape as the Procedure type, with limits. */
export const procedureSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d+\.\d+/u, { error: 'phải là mã thủ tục quốc gia, ví dụ 1.001193' })
      .max(80),
    localCode: z.string().trim().min(1).max(80).optional(),
    name: line(1000),
    field: line(300),
    levels: z.array(levelSchema).min(1).max(4),
    levelText: z.string().max(300).optional(),
    agencies: z.array(line(1000)).max(50),
    serviceLevel: z
      .object({
        legacy: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
        online: z.enum(['toan_trinh', 'mot_phan']).optional(),
      })
      .strict(),
    audience: z.array(line(500)).max(50),
    steps: z.array(line(20000)).max(200),
    processing: z.array(processingTimeSchema).max(20),
    fees: z.array(feeSchema).max(20),
    documentCases: z
      .array(
        z
          .object({
            title: line(4000),
            documents: z.array(requiredDocumentSchema).max(200),
            notes: z.array(z.string().max(20000)).max(200).optional(),
          })
          .strict(),
      )
      .max(100),
    results: z
      .array(z.object({ name: line(2000), code: z.string().max(80).optional() }).strict())
      .max(50),
    legalBasis: z
      .array(
        z
          .object({
            number: z.string().max(80).optional(),
            title: line(4000),
            issuedBy: z.string().max(300).optional(),
            date: z.string().max(40).optional(),
          })
          .strict(),
      )
      .max(200),
    conditions: z.string().max(20000).optional(),
    decisionNumber: z.string().max(200).optional(),
    submitAt: z.string().max(2000).optional(),
    portalUrl: z.string().max(500).optional(),
    unparsed: z.record(z.string(), z.string().max(100000)).optional(),
    hidden: z.boolean().optional(),
  })
  .strict();

/** A catalog file: a format version and the procedures. */
export const catalogFileSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal('motcua-catalog'),
    version: z.literal(1),
    description: z.string().optional(),
    procedures: z.array(z.unknown()),
  })
  .strict();

/** The whole file as documented by the JSON Schema (the importer checks each procedure on its own). */
export const catalogDocumentSchema = catalogFileSchema.extend({
  procedures: z.array(procedureSchema),
});

/** The JSON Schema of our catalog file, generated from the zod schema so the two cannot drift. */
export function catalogJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(catalogDocumentSchema, { io: 'input' }),
    $id: 'https://motcua.local/schemas/catalog.schema.json',
    title: 'Danh mục thủ tục hành chính (định dạng Một cửa)',
  };
}

const code = z.string().trim().min(1).max(80);
const fieldName = z.string().trim().min(1).max(300);

/** Largest import accepted: the whole national crawl as JSONL is about 40 MB of text. */
export const MAX_IMPORT_CHARS = 80_000_000;

export const catalogContract = {
  'catalog.search': spec<{
    items: ProcedureSummary[];
    total: number;
    match: SearchMatch;
    message?: string;
  }>()({
    role: 'kiosk',
    input: z
      .object({
        query: z.string().max(100_000),
        limit: z.number().int().min(1).max(100).optional(),
        field: fieldName.optional(),
        level: levelSchema.optional(),
      })
      .strict(),
    doc: "Finds the procedure a citizen means in their own words, without diacritics, with typos or by code; the kiosk sees only the unit's scope.",
  }),
  'catalog.get': spec<Procedure>()({
    role: 'kiosk',
    input: z.object({ code }).strict(),
    doc: 'The whole procedure (documents to bring, time, fee) by national or local code; hidden ones only for staff.',
  }),
  'catalog.fields': spec<{ fields: FieldCount[] }>()({
    role: 'kiosk',
    input: z.object({}).strict(),
    doc: 'The fields (lĩnh vực) with their counts, for citizens who browse instead of typing.',
  }),
  'catalog.byField': spec<{ items: ProcedureSummary[]; total: number }>()({
    role: 'kiosk',
    input: z
      .object({
        field: fieldName,
        limit: z.number().int().min(1).max(200).optional(),
        offset: z.number().int().min(0).optional(),
      })
      .strict(),
    doc: "One page of a field's procedures in name order, for browsing.",
  }),
  'catalog.popular': spec<{ items: ProcedureSummary[] }>()({
    role: 'kiosk',
    input: z.object({ limit: z.number().int().min(1).max(20).optional() }).strict(),
    doc: "The unit's most used procedures, offered when a search finds nothing.",
  }),
  'catalog.import': spec<ImportReport>()({
    role: 'admin',
    input: z
      .object({
        format: z.enum(['json', 'national']),
        content: z.string().min(1).max(MAX_IMPORT_CHARS),
        encoding: z.enum(['text', 'base64']).optional(),
        name: z.string().max(200).optional(),
      })
      .strict(),
    doc: "Loads the province's real catalog (our JSON format, or national JSONL, gzip as base64); updates in place and reports.",
  }),
  'catalog.update': spec<{ outcome: 'imported' | 'updated' | 'unchanged'; procedure: Procedure }>()(
    {
      role: 'admin',
      input: z.object({ procedure: procedureSchema }).strict(),
      doc: 'Corrects or adds one procedure by hand; the previous version goes to the history.',
    },
  ),
  'catalog.setHidden': spec<{ code: string; hidden: boolean }>()({
    role: 'admin',
    input: z.object({ code, hidden: z.boolean() }).strict(),
    doc: 'Hides a procedure the unit does not handle from the kiosk, without deleting it.',
  }),
  'catalog.setScope': spec<{ scope: CatalogScope; count: number; fields: FieldCount[] }>()({
    role: 'admin',
    input: z
      .object({
        levels: z
          .array(z.enum(['ministry', 'province', 'district', 'commune']))
          .min(1)
          .max(4),
        fields: z.array(fieldName).max(500).optional(),
      })
      .strict(),
    doc: 'Sets the levels (and optionally the fields) the unit handles: the kiosk shows only these; a scope that leaves nothing is refused.',
  }),
  'catalog.scope': spec<{
    scope: CatalogScope | null;
    count: number;
    total: number;
    levels: { level: 'bo' | 'tinh' | 'huyen' | 'xa'; count: number }[];
    fields: FieldCount[];
  }>()({
    role: 'admin',
    input: z
      .object({
        levels: z
          .array(z.enum(['ministry', 'province', 'district', 'commune']))
          .max(4)
          .optional(),
      })
      .strict(),
    doc: "The unit's scope (null on a fresh install) with the counts it leaves, or the counts a proposed set of levels would leave.",
  }),
  'catalog.lastImport': spec<{ report: ImportReport | null }>()({
    role: 'admin',
    input: z.object({}).strict(),
    doc: 'The report of the last import, for the admin screen.',
  }),
  'catalog.history': spec<{ changes: { at: string; source: string; changed: string[] }[] }>()({
    role: 'admin',
    input: z.object({ code }).strict(),
    doc: 'What imports and edits changed in a procedure, newest first.',
  }),
};
