import { useCallback, useState } from 'react';
import { REQUIRED_ROLES, type ColumnRole } from '../../engine/profile/column-role.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';

/** The roles picked one column each in the panel; `status` (one or more rated columns) is separate. */
export const SINGLE_ROLES = ['item', 'lead', 'progress', 'due'] as const;
export type SingleRole = (typeof SINGLE_ROLES)[number];

export interface ColumnChoice {
  sheet: string | undefined;
  headerRow: number;
  columns: Partial<Record<SingleRole, number>>;
  rated: number[];
  chooseSheet: (sheet: string) => void;
  setHeaderRow: (row: number) => void;
  setColumn: (role: SingleRole, column: number | undefined) => void;
  setRated: (columns: number[]) => void;
  /** Required roles (the engine's REQUIRED_ROLES) with no column yet. */
  missing: ColumnRole[];
  /** The layout to save, once every required role has a column. */
  layout: TrackerLayout | undefined;
}

interface Draft {
  sheet: string | undefined;
  headerRow: number;
  columns: Partial<Record<SingleRole, number>>;
  rated: number[];
  /** Columns the panel does not show (id, area), kept from the layout the sheet had. */
  kept: TrackerLayout['columns'];
}

function draftFor(sheet: string | undefined, existing: TrackerLayout | undefined): Draft {
  const columns: Partial<Record<SingleRole, number>> = {};
  const kept: TrackerLayout['columns'] = {};
  for (const [role, column] of Object.entries(existing?.columns ?? {})) {
    if (column === undefined) continue;
    if ((SINGLE_ROLES as readonly string[]).includes(role)) columns[role as SingleRole] = column;
    else kept[role as keyof TrackerLayout['columns']] = column;
  }
  return { sheet, headerRow: existing?.headerRow ?? 1, columns, rated: [...(existing?.ratedColumns ?? [])], kept };
}

/** The officer's choice of columns on one sheet, starting from the layout the sheet already has. */
export function useColumnChoice(
  firstSheet: string | undefined,
  layoutOf: (sheet: string) => TrackerLayout | undefined,
): ColumnChoice {
  const [draft, setDraft] = useState<Draft>(() => draftFor(firstSheet, firstSheet === undefined ? undefined : layoutOf(firstSheet)));
  const chooseSheet = useCallback((sheet: string) => setDraft(draftFor(sheet, layoutOf(sheet))), [layoutOf]);
  const setHeaderRow = useCallback((headerRow: number) => setDraft((d) => ({ ...d, headerRow })), []);
  const setColumn = useCallback(
    (role: SingleRole, column: number | undefined) =>
      setDraft((d) => {
        const columns = { ...d.columns };
        if (column === undefined) delete columns[role];
        else columns[role] = column;
        return { ...d, columns };
      }),
    [],
  );
  const setRated = useCallback((rated: number[]) => setDraft((d) => ({ ...d, rated })), []);

  const missing = REQUIRED_ROLES.filter((role) =>
    role === 'status' ? draft.rated.length === 0 : draft.columns[role as SingleRole] === undefined,
  );
  const layout: TrackerLayout | undefined =
    draft.sheet !== undefined && missing.length === 0
      ? { sheet: draft.sheet, headerRow: draft.headerRow, columns: { ...draft.kept, ...draft.columns }, ratedColumns: draft.rated, source: 'chosen' }
      : undefined;

  return { ...draft, chooseSheet, setHeaderRow, setColumn, setRated, missing, layout };
}
