// IPC schemas for importing an enrolment list (main/import/). Renderer-safe: no electron, no node.
import { z } from 'zod';
import { IMPORT_FIELDS } from '../../import/columns';
import { Id, IsoDate } from './common';

export const ImportField = z.enum(IMPORT_FIELDS);
/** One entry per column of the list: the field it fills, or null (not imported). */
export const ColumnMapping = z.array(ImportField.nullable()).max(200);
/** The in-memory list the main process holds between opening and importing it. */
export const ListId = z.string().regex(/^[0-9a-f]{32}$/);

export const ListFormat = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('csv'),
      encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']),
      delimiter: z.enum([';', ',', '\t']),
    })
    .strict(),
  z.object({ kind: z.literal('xlsx') }).strict(),
]);

export const ImportColumn = z
  .object({
    /** 0-based; the spreadsheet's letter is derived from it in the window. */
    index: z.number().int().min(0),
    header: z.string(),
    field: ImportField.nullable(),
    /** True when the field came from the mapping remembered for this funder. */
    remembered: z.boolean(),
    /** Up to three values from the first rows, to see what the column holds. */
    samples: z.array(z.string()).max(3),
  })
  .strict();

export const OpenedList = z
  .object({
    outcome: z.enum(['picked', 'cancelled']),
    list: z
      .object({
        listId: ListId,
        format: ListFormat,
        headerRow: z.number().int().min(1),
        rowCount: z.number().int().min(0),
        columns: z.array(ImportColumn),
      })
      .strict()
      .nullable(),
  })
  .strict();

const RowIssue = z
  .object({ column: z.number().int().min(0).nullable(), code: z.string() })
  .strict();

export const PlannedRow = z
  .object({
    row: z.number().int().min(1),
    action: z.enum(['create', 'enrol', 'alreadyEnrolled', 'duplicate', 'refused']),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    nationalIdMasked: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    startsOn: IsoDate.nullable(),
    endsOn: IsoDate.nullable(),
    status: z.enum(['active', 'completed', 'withdrawn']),
    participantId: Id.nullable(),
    sameAsRow: z.number().int().min(1).nullable(),
    errors: z.array(RowIssue),
    warnings: z.array(RowIssue),
  })
  .strict();

export const ImportCounts = z
  .object({
    rows: z.number().int().min(0),
    create: z.number().int().min(0),
    enrol: z.number().int().min(0),
    alreadyEnrolled: z.number().int().min(0),
    duplicate: z.number().int().min(0),
    refused: z.number().int().min(0),
    warnings: z.number().int().min(0),
  })
  .strict();

export const ImportPlan = z
  .object({
    programmeId: Id,
    mappingProblems: z.array(
      z.enum(['nationalIdColumnMissing', 'nameColumnMissing', 'fieldTwice']),
    ),
    rows: z.array(PlannedRow),
    counts: ImportCounts,
    importable: z.boolean(),
  })
  .strict();

export const PreviewInput = z
  .object({ listId: ListId, programmeId: Id, mapping: ColumnMapping })
  .strict();

export const CommitInput = z
  .object({
    listId: ListId,
    programmeId: Id,
    mapping: ColumnMapping,
    /** Remember this mapping for lists from the programme's funder. */
    rememberMapping: z.boolean(),
  })
  .strict();

export const ImportResult = z
  .object({
    rows: z.number().int().min(0),
    created: z.number().int().min(0),
    matched: z.number().int().min(0),
    alreadyEnrolled: z.number().int().min(0),
    duplicates: z.number().int().min(0),
    warnings: z.number().int().min(0),
  })
  .strict();

export const ImportProgress = z
  .object({
    phase: z.enum(['idle', 'reading', 'checking', 'saving']),
    done: z.number().int().min(0),
    total: z.number().int().min(0),
  })
  .strict();
