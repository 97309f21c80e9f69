// Tables: Worksheet.tables / Workbook.tables with add(address, hasHeaders), name, style, ranges.

import { intersect, parseRef, rect, type Rect } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live, writable } from './client-object.js';
import { fail } from './errors.js';
import { bool } from './format.js';
import { displayText, type SheetModel, type TableModel, type WorkbookModel } from './model.js';
import { FakeRange } from './range.js';
import { FakeWorksheet } from './worksheet.js';

interface TableTarget {
  sheet: SheetModel;
  table: TableModel;
}

/** Workbook.tables has no sheet; Worksheet.tables is scoped to one. */
interface TablesScope {
  model: WorkbookModel;
  sheet?: SheetModel;
}

const STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

export function checkName(model: WorkbookModel, table: TableModel | undefined, name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255) {
    fail('InvalidArgument', `'${String(name)}' is not a valid table name (letters, digits, "_" and "."; no spaces).`);
  }
  const clash = model.allTables().find((x) => x.table !== table && x.table.name.toLowerCase() === name.toLowerCase()) ?? model.names.get(name.toLowerCase());
  return clash ? fail('ItemAlreadyExists', `A table named '${name}' already exists.`) : name;
}

function findTable(model: WorkbookModel, table: TableModel): TableTarget {
  const found = model.allTables().find((x) => x.table === table);
  return found ?? fail('ItemNotFound', `The table '${table.name}' has been deleted.`);
}

export class FakeTableCollection extends FakeCollection<TablesScope, FakeTable> implements ApiShape<Excel.TableCollection> {
  declare readonly count: number;
  static { this.define('TableCollection', { count: (s) => FakeTableCollection.scoped(s).length }); }
  private static scoped(s: TablesScope): TableTarget[] { return s.model.allTables().filter((x) => !s.sheet || x.sheet === s.sheet); }
  protected _list(s: TablesScope): FakeTable[] {
    return FakeTableCollection.scoped(s).map(({ table }) => new FakeTable(this._ctx, () => findTable(s.model, table)));
  }
  add(address: FakeRange | Excel.Range | string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this._call('add', [String(address), hasHeaders], (scope) => {
      let sheet: SheetModel, r: Rect;
      if (typeof address === 'string') {
        const ref = parseRef(address);
        sheet = ref.sheet !== undefined ? scope.model.sheet(ref.sheet) : (scope.sheet ?? scope.model.activeSheet ?? fail('InvalidArgument', 'No sheet for the table.'));
        r = ref.rect;
      } else if (address instanceof FakeRange) {
        ({ sheet, rect: r } = FakeObject.targetOf(address, this._ctx));
      } else return fail('InvalidArgument', 'TableCollection.add expects an address or a Range.');
      if (scope.sheet && sheet !== scope.sheet) fail('InvalidArgument', `'${String(address)}' is not on worksheet '${scope.sheet.name}'.`);
      writable(sheet);
      if (sheet.tables.some((t) => intersect(t.rect, r)) || sheet.merges.some((m) => intersect(m, r))) fail('MergedRangeConflict');
      if (hasHeaders) {
        for (let c = r.c0; c <= r.c1; c++) {
          const cell = sheet.ensure(r.r0, c);
          cell.value = cell.value === '' ? `Column${c - r.c0 + 1}` : displayText(cell.value, cell.numberFormat);
          delete cell.formula;
        }
      }
      let n = 1;
      while (scope.model.allTables().some((x) => x.table.name.toLowerCase() === `table${n}`)) n++;
      created = { id: scope.model.newId('table-'), name: `Table${n}`, rect: r, hasHeaders, style: 'TableStyleMedium2', showHeaders: true };
      sheet.tables.push(created);
    });
    return new FakeTable(this._ctx, () => (created ? findTable(this._ctx.model, created) : fail('ItemNotFound', 'The table was not added.')));
  }
  private find(method: string, arg: unknown, pick: (list: TableTarget[]) => TableTarget | undefined, nullable = false): FakeTable {
    const resolve = () => pick(FakeTableCollection.scoped(this._target())) ?? fail('ItemNotFound', `Table not found: ${method}(${JSON.stringify(arg)}).`);
    return new FakeTable(this._ctx, resolve, { createdBy: `TableCollection.${method}`, argBytes: JSON.stringify(arg).length, nullable });
  }
  getItem(key: string): FakeTable {
    return this.find('getItem', key, (l) => l.find((x) => x.table.name.toLowerCase() === key.toLowerCase() || x.table.id === key));
  }
  getItemOrNullObject(key: string): FakeTable {
    return this.find('getItemOrNullObject', key, (l) => l.find((x) => x.table.name.toLowerCase() === key.toLowerCase() || x.table.id === key), true);
  }
  getItemAt(index: number): FakeTable { return this.find('getItemAt', index, (l) => l[index]); }
}

export class FakeTable extends FakeObject<TableTarget> implements ApiShape<Excel.Table> {
  declare readonly id: string;
  declare name: string;
  declare style: string;
  declare showHeaders: boolean;
  static {
    this.define(
      'Table',
      {
        id: (t) => t.table.id,
        name: (t) => t.table.name,
        style: (t) => t.table.style,
        showHeaders: (t) => t.table.showHeaders,
      } satisfies LoadersOf<Excel.Interfaces.TableData, TableTarget>,
      {
        name: (t, v, ctx) => void (t.table.name = checkName(ctx.model, t.table, v)),
        style: (t, v) => {
          if (typeof v !== 'string' || (v !== '' && !STYLE.test(v))) fail('InvalidArgument', `'${String(v)}' is not a built-in table style.`);
          writable(t.sheet);
          t.table.style = v;
        },
        showHeaders: (t, v) => void (writable(t.sheet) && (t.table.showHeaders = bool(v, 'Table.showHeaders'))),
      },
    );
  }
  private part(method: string, f: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this._ctx, () => ({ sheet: this._target().sheet, rect: f(this._target().table.rect) }), { createdBy: `Table.${method}` });
  }
  get worksheet(): FakeWorksheet { return this._nav('worksheet', () => new FakeWorksheet(this._ctx, () => live(this._target().sheet))); }
  getRange(): FakeRange { return this.part('getRange', (r) => r); }
  getHeaderRowRange(): FakeRange { return this.part('getHeaderRowRange', (r) => rect(r.r0, r.c0, r.r0, r.c1)); }
  getDataBodyRange(): FakeRange { return this.part('getDataBodyRange', (r) => rect(Math.min(r.r0 + 1, r.r1), r.c0, r.r1, r.c1)); }
  delete(): void { this._call('delete', [], (t) => void writable(t.sheet).tables.splice(t.sheet.tables.indexOf(t.table), 1)); }
  set(properties: object): void { this._setMany(properties); }
}

export const tableApiChecks: [NoExtraMembers<FakeTableCollection, Excel.TableCollection>, NoExtraMembers<FakeTable, Excel.Table>] = [true, true];
