import { z } from 'zod';
import type { TrackerLayout } from './tracker-layout.js';

const column = z.number().int().min(0).max(16383);

/** A layout an officer chose, as saved in the workbook; read back through this schema, never trusted. */
export const chosenLayoutSchema = z.object({
  sheet: z.string().min(1).max(31),
  headerRow: z.number().int().min(1).max(1048576),
  columns: z
    .object({ item: column, id: column, lead: column, progress: column, due: column, area: column })
    .partial()
    .strict(),
  ratedColumns: z.array(column).max(20),
});

export const chosenLayoutsSchema = z.array(chosenLayoutSchema).max(100);

export type ChosenLayoutsResult = { ok: true; layouts: TrackerLayout[] } | { ok: false; message: string };

/** Saved layouts from a workbook setting: bad or foreign data is ignored with a message, never a crash. */
export function readChosenLayouts(saved: unknown): ChosenLayoutsResult {
  if (saved === undefined || saved === null) return { ok: true, layouts: [] };
  const parsed = chosenLayoutsSchema.safeParse(typeof saved === 'string' ? safeJson(saved) : saved);
  if (!parsed.success) {
    return { ok: false, message: 'The column choices saved in this workbook could not be read, so Tracker Check found the columns itself. Pick the columns again to save a new choice.' };
  }
  return {
    ok: true,
    layouts: parsed.data.map((layout) => ({
      sheet: layout.sheet,
      headerRow: layout.headerRow,
      columns: Object.fromEntries(Object.entries(layout.columns).filter(([, v]) => v !== undefined)),
      ratedColumns: layout.ratedColumns,
      source: 'chosen',
    })),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The saved choices after an officer picks the columns for one sheet (or, with undefined, forgets
 * them), as the JSON the workbook setting holds. Other sheets' choices are kept.
 */
export function withChosenLayout(current: readonly TrackerLayout[], sheet: string, layout: TrackerLayout | undefined): string {
  const kept = current.filter((saved) => saved.sheet !== sheet);
  const next = layout ? [...kept, { ...layout, sheet }] : kept;
  const saved: z.infer<typeof chosenLayoutsSchema> = next.map(({ sheet: name, headerRow, columns, ratedColumns }) => ({
    sheet: name,
    headerRow,
    columns,
    ratedColumns,
  }));
  return JSON.stringify(saved);
}
