/**
 * Characters a terminal acts on rather than shows: C0 controls (escape sequences, carriage return,
 * newline), DEL, C1 controls (0x9B is an escape sequence on its own to some terminals), the line and
 * paragraph separators, and the bidirectional overrides and isolates that reorder what is shown.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, less C0: JSON.stringify escapes those itself, and its layout's newlines are meant. */
const CONTROL_BEYOND_C0 = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of text for a terminal: every control character written out as JSON writes it ("\n", "\u001b"), so a cell or a file name can neither act on the terminal nor start a line of its own. */
export function visible(text: string): string {
  return text.replace(CONTROL, escaped);
}

/**
 * A JSON document with the control characters JSON.stringify leaves as they are (DEL, C1, the
 * separators and bidirectional controls) escaped too. They can only occur inside strings, where
 * "\u009b" means the same character, so the document is unchanged as JSON.
 */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL_BEYOND_C0, unicodeEscape);
}

function escaped(character: string): string {
  return SHORT[character] ?? unicodeEscape(character);
}

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
