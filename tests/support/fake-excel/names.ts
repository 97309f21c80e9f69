// Workbook-scoped named ranges (Workbook.names): add, getItem(OrNullObject), value/formula, delete.

import { formatAbsolute, parseRef } from './a1.js';
import type { ApiShape, LoadersOf, NoExtraMembers } from './api-check.js';
import { FakeCollection, FakeObject, live } from './client-object.js';
import { fail } from './errors.js';
import { bool } from './format.js';
import type { NamedItemModel, WorkbookModel } from './model.js';
import { FakeRange } from './range.js';
import { checkName } from './table.js';

function existing(model: WorkbookModel, item: NamedItemModel): NamedItemModel {
  return model.names.get(item.name.toLowerCase()) === item ? item : fail('ItemNotFound', `The name '${item.name}' has been deleted.`);
}

/** The range address, or #REF! once its sheet has been deleted. */
const reference = (item: NamedItemModel): string => (item.sheet.deleted ? '#REF!' : formatAbsolute(item.sheet.name, item.rect));

export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, FakeNamedItem> implements ApiShape<Excel.NamedItemCollection> {
  static { this.define('NamedItemCollection'); }
  protected _list(model: WorkbookModel): FakeNamedItem[] {
    return [...model.names.values()].map((item) => new FakeNamedItem(this._ctx, () => existing(model, item)));
  }
  add(name: string, reference: FakeRange | Excel.Range | string, comment?: string): FakeNamedItem {
    let created: NamedItemModel | undefined;
    this._call('add', [name, String(reference), comment], (model) => {
      checkName(model, undefined, name);
      let target;
      if (typeof reference === 'string') {
        const ref = parseRef(reference.replace(/^=/, ''));
        if (ref.sheet === undefined) fail('InvalidArgument', `The reference '${reference}' needs a sheet name.`);
        target = { sheet: live(model.sheet(ref.sheet)), rect: ref.rect };
      } else if (reference instanceof FakeRange) target = FakeObject.targetOf(reference, this._ctx);
      else return fail('InvalidArgument', 'NamedItemCollection.add expects a Range or an address.');
      created = { name, sheet: target.sheet, rect: target.rect, comment: comment ?? '', visible: true };
      model.names.set(name.toLowerCase(), created);
    });
    return new FakeNamedItem(this._ctx, () => created ?? fail('ItemNotFound', 'The name was not added.'));
  }
  private find(method: string, name: string, nullable: boolean): FakeNamedItem {
    const resolve = () => this._ctx.model.names.get(name.toLowerCase()) ?? fail('ItemNotFound', `There is no name '${name}'.`);
    return new FakeNamedItem(this._ctx, resolve, { createdBy: `NamedItemCollection.${method}`, argBytes: name.length, nullable });
  }
  getItem(name: string): FakeNamedItem { return this.find('getItem', name, false); }
  getItemOrNullObject(name: string): FakeNamedItem { return this.find('getItemOrNullObject', name, true); }
}

type Formula = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- mirrors Excel.NamedItem.value/formula: any

export class FakeNamedItem extends FakeObject<NamedItemModel> implements ApiShape<Excel.NamedItem> {
  declare readonly name: string;
  declare readonly scope: Excel.NamedItemScope;
  declare readonly type: Excel.NamedItemType;
  declare readonly value: Formula;
  declare readonly formula: Formula;
  declare comment: string;
  declare visible: boolean;
  static {
    this.define(
      'NamedItem',
      {
        name: (n) => n.name,
        comment: (n) => n.comment,
        visible: (n) => n.visible,
        scope: () => 'Workbook',
        type: (n) => (n.sheet.deleted ? 'Error' : 'Range'),
        value: (n) => reference(n),
        formula: (n) => `=${reference(n)}`,
      } satisfies LoadersOf<Excel.Interfaces.NamedItemData, NamedItemModel>,
      { comment: (n, v) => void (n.comment = String(v)), visible: (n, v) => void (n.visible = bool(v, 'NamedItem.visible')) },
    );
  }
  getRange(): FakeRange {
    const resolve = () => {
      const n = this._target();
      return n.sheet.deleted ? fail('InvalidReference', `The name '${n.name}' refers to a deleted sheet.`) : { sheet: n.sheet, rect: n.rect };
    };
    return new FakeRange(this._ctx, resolve, { createdBy: 'NamedItem.getRange' });
  }
  delete(): void { this._call('delete', [], (n, { model }) => void model.names.delete(existing(model, n).name.toLowerCase())); }
  set(properties: object): void { this._setMany(properties); }
}

export const namesApiChecks: [NoExtraMembers<FakeNamedItemCollection, Excel.NamedItemCollection>, NoExtraMembers<FakeNamedItem, Excel.NamedItem>] = [true, true];
