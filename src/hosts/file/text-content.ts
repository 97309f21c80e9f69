/** Characters no delimited text file holds (C0 controls other than tab, line feed, form feed and carriage return). */
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/**
 * Why decoded text is not a table to read, if it is not: nothing in it, or bytes that are not text
 * (a NUL, or control characters making up more than one in twenty of them, as random or binary data gives; a few escape sequences pasted into cells are still text).
 */
export function notTextTable(text: string): 'empty' | 'binary' | undefined {
  if (text.replace(/^\uFEFF/, '') === '') return 'empty';
  if (text.includes('\u0000')) return 'binary';
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (controls > 8 && controls * 20 > text.length) return 'binary';
  return undefined;
}
