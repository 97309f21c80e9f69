import type ExcelJS from 'exceljs';
import type { SummarySheetPlan } from '../../engine/edits/summary-sheet-plan.js';
import { freeSheetName } from '../../engine/edits/summary-sheet-names.js';
import { layOutSummarySheet, quoteSheetName } from './apply-summary-plan-exceljs.js';
import { markedSummarySheets } from './summary-markers.js';
import type { ChartSpec } from './xlsx-charts/index.js';

/** Drops every defined name on the sheet (exceljs would otherwise write names pointing at a sheet that is gone). */
function removeNamesOn(workbook: ExcelJS.Workbook, sheetName: string): void {
  const names = workbook.definedNames as unknown as {
    forEach: (callback: (name: string, cell: { sheetName?: string }) => void) => void;
    removeEx: (location: object, name: string) => void;
  };
  const doomed: { name: string; cell: object }[] = [];
  names.forEach((name, cell) => {
    if (cell.sheetName !== undefined && cell.sheetName.replace(/''/g, "'") === sheetName) doomed.push({ name, cell });
  });
  for (const { name, cell } of doomed) names.removeEx(cell, name);
}

function removeMarker(workbook: ExcelJS.Workbook, markerName: string): void {
  const names = workbook.definedNames as unknown as {
    forEach: (callback: (name: string, cell: object) => void) => void;
    removeEx: (location: object, name: string) => void;
  };
  const doomed: object[] = [];
  names.forEach((name, cell) => {
    if (name === markerName) doomed.push(cell);
  });
  for (const cell of doomed) names.removeEx(cell, markerName);
}

export interface WrittenSummary {
  sheetName: string;
  charts: ChartSpec[];
}

/**
 * Writes the plan's summary sheet. The previous Tracker Check summary for the same tracker is found
 * by its marker (a workbook-level defined name on the sheet's A1, as the add-in writes it), removed,
 * and replaced in the same place among the tabs. A sheet that merely has the same name is an
 * officer's and is left alone: the new sheet takes a free name beside it.
 */
export function writeSummarySheet(workbook: ExcelJS.Workbook, plan: SummarySheetPlan, prefix: string): WrittenSummary {
  const previousName = markedSummarySheets(workbook, prefix).get(plan.markerName);
  removeMarker(workbook, plan.markerName);
  const previous = previousName === undefined ? undefined : workbook.getWorksheet(previousName);
  let orderNo: number | undefined;
  if (previous) {
    orderNo = (previous as unknown as { orderNo: number }).orderNo;
    removeNamesOn(workbook, previous.name);
    workbook.removeWorksheet(previous.id);
  }
  const name = freeSheetName(plan.sheetName, workbook.worksheets.map((s) => s.name));
  const sheet = workbook.addWorksheet(name);
  if (orderNo !== undefined) (sheet as unknown as { orderNo: number }).orderNo = orderNo;
  const charts = layOutSummarySheet(sheet, withFreeTableNames(plan, tableNamesIn(workbook)));
  workbook.definedNames.add(`${quoteSheetName(name)}!$A$1`, plan.markerName);
  return { sheetName: name, charts };
}

/** Every table name in the workbook, lower-cased (Excel compares them without case). */
function tableNamesIn(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const sheet of workbook.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, { table?: { name?: string } }> }).tables ?? {};
    for (const [key, table] of Object.entries(tables)) {
      names.add(key.toLowerCase());
      if (table.table?.name) names.add(table.table.name.toLowerCase());
    }
  }
  return names;
}

/** The plan with any table renamed whose name another sheet's table already has (an officer's copy of a summary). */
function withFreeTableNames(plan: SummarySheetPlan, taken: Set<string>): SummarySheetPlan {
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
