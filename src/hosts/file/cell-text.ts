/**
 * XML 1.0 cannot hold most control characters; exceljs would write them as they are and Excel would
 * refuse the file. Text is otherwise written exactly as given.
 */
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text as a cell of the copy can hold it: the characters XML forbids left out. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN_XML_CHARS, '');
}

/** Text that Excel reads as a formula when it is typed, or edited and entered again. */
export function couldBeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
