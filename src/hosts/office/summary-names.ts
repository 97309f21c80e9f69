import { freeSheetName } from '../../engine/edits/summary-sheet-names.js';
import type { WorkbookState } from './workbook-state.js';

/**
 * The workbook's sheet tabs and table names as one Build summary changes them, so every name it
 * picks is free at the moment its command runs. Sheet and table names compare without case, and
 * tables share their namespace with defined names.
 */
export class WorkbookNames {
  private readonly tabs: string[];
  private readonly tables: Set<string>;
  private readonly tablesBySheet: Map<string, string[]>;

  constructor(state: WorkbookState) {
    this.tabs = state.sheets.map((s) => s.name);
    this.tables = new Set(state.takenNames);
    this.tablesBySheet = new Map([...state.tablesBySheet].map(([sheet, names]) => [sheet.toLowerCase(), [...names]]));
  }

  has(sheet: string): boolean {
    return this.tabs.some((tab) => tab.toLowerCase() === sheet.toLowerCase());
  }

  get count(): number {
    return this.tabs.length;
  }

  position(sheet: string): number {
    return this.tabs.findIndex((tab) => tab.toLowerCase() === sheet.toLowerCase());
  }

  /** A sheet added at the end under the wanted name, or "Name (2)" when that is taken. */
  addSheet(wanted: string): string {
    const name = freeSheetName(wanted, this.tabs);
    this.tabs.push(name);
    return name;
  }

  moveSheet(sheet: string, position: number): void {
    const from = this.position(sheet);
    if (from < 0) return;
    this.tabs.splice(position, 0, ...this.tabs.splice(from, 1));
  }

  /** Drops a sheet and frees the names of the tables on it. */
  deleteSheet(sheet: string): void {
    const at = this.position(sheet);
    if (at >= 0) this.tabs.splice(at, 1);
    for (const table of this.tablesBySheet.get(sheet.toLowerCase()) ?? []) this.tables.delete(table.toLowerCase());
    this.tablesBySheet.delete(sheet.toLowerCase());
  }

  renameSheet(from: string, wanted: string): string {
    const at = this.position(from);
    const others = this.tabs.filter((_, i) => i !== at);
    const name = freeSheetName(wanted, others);
    if (at >= 0) this.tabs[at] = name;
    return name;
  }

  /** The wanted table name, or "Name_2", "Name_3"… when another table or defined name has it. */
  takeTable(wanted: string): string {
    let name = wanted;
    for (let n = 2; this.tables.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
    this.tables.add(name.toLowerCase());
    return name;
  }

  releaseTable(name: string): void {
    this.tables.delete(name.toLowerCase());
  }
}
