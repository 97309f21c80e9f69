import type { IsoDate } from '../dates/calendar.js';

/**
 * One cell as the engine sees it: the kind of value is kept, so a date typed as a date stays a
 * date and a #REF! stays an error rather than becoming text.
 */
export type Cell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: IsoDate }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly value: string };

export const EMPTY_CELL: Cell = Object.freeze({ kind: 'empty' });

export function textCell(value: string): Cell {
  return value.trim() === '' ? EMPTY_CELL : { kind: 'text', value };
}

/** The cell as an officer reads it, trimmed; '' for an empty cell. */
export function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.value.trim();
    case 'number':
      return String(cell.value);
    case 'date':
      return cell.value;
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'error':
      return cell.value;
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cellText(cell) === '';
}
