// Build a workbook model from a plain description, and inspect one after the code under test ran.

import { columnIndex, formatAddress, formatRect, intersect, parseRef, parseRefs, rect, type Rect } from './a1.js';
import { describeChart } from './chart.js';
import { checkCfFormula, describeConditionalFormat } from './conditional-format.js';
import { fail } from './errors.js';
import { DEFAULT_COLUMN_WIDTH, normaliseColour, WorkbookModel, type Cell, type CellValue, type ConditionalFormatModel, type SheetModel } from './model.js';

/** A cell in a description: a constant, a formula (optionally with its computed value), or null for blank. */
export type CellInput = CellValue | null | { formula: string; value?: CellValue };

export interface SheetDescription {
  name: string;
  /** Cells from `at` (default "A1"). Strings are stored as given ("12" stays text); "=..." is a formula. */
  rows?: CellInput[][];
  at?: string;
  /** Number formats aligned with `rows`; null keeps General. */
  numberFormats?: (string | null)[][];
  /** Fill colours by address, e.g. { "A1:D1": "#1F4E78" }. */
  fills?: Record<string, string>;
  /** Font colours by address, e.g. { "E5": "#FF0000" }. */
  fontColors?: Record<string, string>;
  /** Merged areas, e.g. ["A5:A8"]. As in Excel, only the top-left cell may hold a value. */
  merges?: string[];
  /** Conditional formats, highest priority first (priority 0 is the first one listed). */
  conditionalFormats?: ConditionalFormatDescription[];
  /** Column widths in points by column letter, e.g. { B: 120 }. */
  columnWidths?: Record<string, number>;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  protected?: boolean;
}

/** A rule as Excel keeps it: a Custom formula, or a ContainsText / CellValue rule object. */
export type ConditionalFormatDescription = {
  /** Applies-to address(es) on this sheet, e.g. "D5:D30" or "D5:D30, F5:F30". */
  range: string;
  fill?: string;
  fontColor?: string;
  stopIfTrue?: boolean;
} & ({ formula: string } | { containsText: { operator: string; text: string } } | { cellValue: { operator: string; formula1: string; formula2?: string } });

export interface WorkbookDescription {
  name?: string;
  sheets: SheetDescription[];
  /** Workbook-scoped names referring to ranges, e.g. { TrackerCheckLists: "TrackerCheckLists!$A$1:$A$40" }. */
  names?: Record<string, string>;
  settings?: Record<string, unknown>;
  /** Defaults to the first sheet. */
  activeSheet?: string;
  /** Selection on the active sheet, e.g. "B2:C5" (default A1). */
  selection?: string;
}

export function fakeWorkbook(description: WorkbookDescription): WorkbookModel {
  const model = new WorkbookModel();
  if (description.name !== undefined) model.name = description.name;
  for (const d of description.sheets) {
    const sheet = model.addSheet(d.name);
    const origin = parseRef(d.at ?? 'A1').rect;
    d.rows?.forEach((row, i) =>
      row.forEach((input, j) => {
        const format = d.numberFormats?.[i]?.[j];
        if ((input === null || input === '') && !format) return;
        const cell = sheet.ensure(origin.r0 + i, origin.c0 + j);
        if (format) cell.numberFormat = format;
        if (input === null || input === '') return;
        if (typeof input === 'object') Object.assign(cell, { formula: input.formula, value: input.value ?? input.formula });
        else if (typeof input === 'string' && input.startsWith('=')) Object.assign(cell, { formula: input, value: input });
        else cell.value = input;
      }),
    );
    for (const [address, colour] of Object.entries(d.fills ?? {})) sheet.applyFormat(parseRef(address).rect, { fill: normaliseColour(colour, 'fills') });
    for (const [address, colour] of Object.entries(d.fontColors ?? {})) sheet.applyFormat(parseRef(address).rect, { fontColor: normaliseColour(colour, 'fontColors') });
    for (const address of d.merges ?? []) addMerge(sheet, parseRef(address).rect, address);
    d.conditionalFormats?.forEach((cf, priority) => sheet.conditionalFormats.push(conditionalFormatFrom(model, cf, priority)));
    for (const [letter, width] of Object.entries(d.columnWidths ?? {})) sheet.columnWidths.set(columnIndex(letter), width);
    if (d.visibility) sheet.visibility = d.visibility;
    if (d.protected) sheet.protected = true;
  }
  for (const [name, reference] of Object.entries(description.names ?? {})) {
    const ref = parseRef(reference.replace(/^=/, ''));
    if (ref.sheet === undefined) fail('InvalidArgument', `The name '${name}' needs a sheet-qualified reference, got '${reference}'.`);
    model.names.set(name.toLowerCase(), { name, sheet: model.sheet(ref.sheet), rect: ref.rect, comment: '', visible: true });
  }
  for (const [key, value] of Object.entries(description.settings ?? {})) model.settings.set(key, JSON.stringify(value));
  model.activeSheet = description.activeSheet === undefined ? model.sheets[0] : model.sheet(description.activeSheet);
  if (description.selection && model.activeSheet) model.activeSheet.selection = parseRef(description.selection).rect;
  return model;
}

function addMerge(sheet: SheetModel, r: Rect, address: string): void {
  if (sheet.merges.some((m) => intersect(m, r))) fail('InvalidArgument', `The merged area ${address} overlaps another one.`);
  for (const [row, col, cell] of sheet.cellsIn(r)) {
    if ((row !== r.r0 || col !== r.c0) && (cell.value !== '' || cell.formula !== undefined)) {
      fail('InvalidArgument', `${formatAddress(sheet.name, rect(row, col))} is inside the merged area ${address} but not its top-left cell: Excel keeps a merged area's value in its top-left cell only.`);
    }
  }
  sheet.merges.push(r);
}

function conditionalFormatFrom(model: WorkbookModel, d: ConditionalFormatDescription, priority: number): ConditionalFormatModel {
  const format = {
    ...(d.fill === undefined ? {} : { fill: normaliseColour(d.fill, 'conditionalFormats.fill') }),
    ...(d.fontColor === undefined ? {} : { fontColor: normaliseColour(d.fontColor, 'conditionalFormats.fontColor') }),
  };
  const [type, rule]: [ConditionalFormatModel['type'], Record<string, unknown>] =
    'formula' in d ? ['Custom', { formula: checkCfFormula(d.formula) }] : 'containsText' in d ? ['ContainsText', { ...d.containsText }] : ['CellValue', { ...d.cellValue }];
  const rects = parseRefs(d.range).map((p) => p.rect);
  return { id: Number(model.newId('')), type, rects, rule, format, priority, stopIfTrue: d.stopIfTrue ?? false };
}

/** Read-only views of a model for assertions. Addresses are "Sheet!A1" (quoted names are fine). */
export function inspect(model: WorkbookModel) {
  const locate = (address: string): { sheet: SheetModel; r: number; c: number; rect: ReturnType<typeof rect> } => {
    const ref = parseRef(address);
    if (ref.sheet === undefined) fail('InvalidArgument', `inspect needs a sheet-qualified address, got '${address}'.`);
    return { sheet: model.sheet(ref.sheet), r: ref.rect.r0, c: ref.rect.c0, rect: ref.rect };
  };
  const view = (address: string): Cell => {
    const { sheet, r, c } = locate(address);
    return sheet.view(r, c);
  };
  return {
    sheet: (name: string): SheetModel => model.sheet(name),
    sheetNames: (): string[] => model.sheets.map((s) => s.name),
    activeSheet: (): string | undefined => model.activeSheet?.name,
    selectedAddress: (): string | null => (model.activeSheet ? formatAddress(model.activeSheet.name, model.activeSheet.selection) : null),
    cell: (address: string): Cell => ({ ...view(address) }),
    value: (address: string): CellValue => view(address).value,
    isFormula: (address: string): boolean => view(address).formula !== undefined,
    formula: (address: string): string | undefined => view(address).formula,
    fill: (address: string): string | null => view(address).fill ?? null,
    font: (address: string) => ({ color: view(address).fontColor ?? '#000000', bold: view(address).bold ?? false, italic: view(address).italic ?? false }),
    numberFormat: (address: string): string => view(address).numberFormat ?? 'General',
    wrapText: (address: string): boolean => view(address).wrapText ?? false,
    /** Values of a sheet's used range (by sheet name) or of an address. */
    values: (target: string): CellValue[][] => {
      const sheetOnly = model.findSheet(target);
      const sheet = sheetOnly ?? locate(target).sheet;
      const r = sheetOnly ? sheetOnly.usedRect(true) : locate(target).rect;
      if (!r) return [];
      return Array.from({ length: r.r1 - r.r0 + 1 }, (_, i) => Array.from({ length: r.c1 - r.c0 + 1 }, (_, j) => sheet.view(r.r0 + i, r.c0 + j).value));
    },
    /** Every cell holding a formula, e.g. to assert that no user text became one. */
    formulaCells: (sheetName?: string): string[] =>
      model.sheets
        .filter((s) => sheetName === undefined || s === model.sheet(sheetName))
        .flatMap((s) => [...s.cellsIn(rect(0, 0, 1_048_575, 16_383))].filter(([, , cell]) => cell.formula !== undefined).map(([r, c]) => formatAddress(s.name, rect(r, c)))),
    columnWidth: (sheetName: string, column: string): number => model.sheet(sheetName).columnWidths.get(columnIndex(column)) ?? DEFAULT_COLUMN_WIDTH,
    conditionalFormats: (sheetName: string) => model.sheet(sheetName).conditionalFormats.map((cf) => describeConditionalFormat(model.sheet(sheetName), cf)),
    charts: (sheetName: string) => model.sheet(sheetName).charts.map((chart) => describeChart(model.sheet(sheetName), chart)),
    tables: (sheetName?: string) =>
      model
        .allTables()
        .filter((x) => sheetName === undefined || x.sheet === model.sheet(sheetName))
        .map(({ sheet, table }) => ({ ...table, address: formatAddress(sheet.name, table.rect), rect: formatRect(table.rect), sheet: sheet.name })),
    settings: (): Record<string, unknown> => Object.fromEntries([...model.settings].map(([k, v]) => [k, JSON.parse(v) as unknown])),
    pageLayout: (sheetName: string) => structuredClone(model.sheet(sheetName).pageLayout),
    merges: (sheetName: string): string[] => model.sheet(sheetName).merges.map(formatRect),
  };
}
