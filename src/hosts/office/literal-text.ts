/**
 * Text as Range.values must receive it to keep it as that text. Microsoft documents Range.values:
 * "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 * interprets this value as a formula", and promises no exception for a cell formatted as text. A
 * leading quote (Excel's quote prefix, as typed) makes any entry text and is not part of its value,
 * so such a text is written after one; so is a text that itself begins with a quote, which the
 * prefix would otherwise swallow.
 */
export function literalText(text: string): string {
  return /^[=+\-']/.test(text) ? `'${text}` : text;
}

/** Each text of a block of values made literal; numbers, booleans and blanks as they are. */
export function literalValues<V>(rows: readonly (readonly V[])[]): (V | string)[][] {
  return rows.map((row) => row.map((value) => (typeof value === 'string' ? literalText(value) : value)));
}
