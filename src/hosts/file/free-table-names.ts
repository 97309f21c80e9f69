import type { SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';

/** The plan with any table renamed whose name the workbook already has (an officer's copy of a summary); `taken` is lower-cased and grows. */
export function withFreeTableNames(plan: SummarySheetPlan, taken: Set<string>): SummarySheetPlan {
  const renamed = new Map<string, string>();
  for (const table of plan.tables) {
    let name = table.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${table.name}_${n}`;
    taken.add(name.toLowerCase());
    if (name !== table.name) renamed.set(table.name, name);
  }
  if (renamed.size === 0) return plan;
  return {
    ...plan,
    tables: plan.tables.map((t) => ({ ...t, name: renamed.get(t.name) ?? t.name })),
    charts: plan.charts.map((c) => ({ ...c, table: renamed.get(c.table) ?? c.table })),
  };
}
