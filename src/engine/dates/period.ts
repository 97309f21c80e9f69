import type { IsoDate } from './calendar.js';
import { normalisePeriodText, PERIOD_FORMS } from './period-words.js';

// A period stands on its own: not inside a word, and not a piece of a longer date ("02/2025" in
// "31/02/2025").
const FOUND_FORMS = PERIOD_FORMS.map((form) => ({
  form,
  pattern: new RegExp(String.raw`(?<![a-z0-9]|\d[/.-])(?:${form.source})(?![a-z0-9]|[/.-]\d)`, 'gi'),
}));

/**
 * The last day of the first period named in a text such as a column header: "Progress – March
 * 2025" is 2025-03-31. Undefined when the text names none.
 */
export function periodEnd(text: string): IsoDate | undefined {
  const normal = normalisePeriodText(text);
  let first: { index: number; date: IsoDate } | undefined;
  for (const { form, pattern } of FOUND_FORMS) {
    for (const match of normal.matchAll(pattern)) {
      // Forms are in order of preference, so a later form must start strictly earlier to win.
      if (first !== undefined && match.index >= first.index) break;
      const date = form.end(match);
      if (date !== undefined) {
        first = { index: match.index, date };
        break;
      }
    }
  }
  return first?.date;
}
