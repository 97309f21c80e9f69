/**
 * Delimited text as Excel writes it: "CSV" (comma, or semicolon where the decimal separator is a
 * comma), "Unicode Text" and .tsv (tab). Quoted fields may hold separators, quotes ("") and line
 * breaks; rows end in CRLF, LF or CR; a byte-order mark is dropped.
 */
export type CsvParse = { ok: true; rows: string[][] } | { ok: false; line: number };

const SEPARATORS = [',', ';', '\t'] as const;
/** Records looked at to choose the separator. */
const SAMPLE_RECORDS = 50;

/** Parses with the separator the text uses; { ok: false } names the line where a quote opens and never closes. */
export function parseDelimited(text: string): CsvParse {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return parseWith(source, detectSeparator(source));
}


/**
 * The separator that gives the most records of one width above one field. Excel writes every
 * record of a sheet to the same width, while a comma inside progress text in a semicolon or tab
 * file varies from record to record; title rows above the header have one field whatever the
 * separator. A tie goes to the earlier of comma, semicolon, tab.
 */
export function detectSeparator(text: string): string {
  let best: string = ',';
  let bestScore = 0;
  for (const separator of SEPARATORS) {
    const widths = new Map<number, number>();
    const parsed = parseWith(text, separator, SAMPLE_RECORDS);
    const rows = parsed.ok ? parsed.rows : [];
    for (const row of rows) {
      if (row.length > 1) widths.set(row.length, (widths.get(row.length) ?? 0) + 1);
    }
    const score = Math.max(0, ...widths.values());
    if (score > bestScore) [best, bestScore] = [separator, score];
  }
  return best;
}

function parseWith(source: string, separator: string, maxRecords = Infinity): CsvParse {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && source[i + 1] !== '\n')) line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      line++;
      row.push(field);
      rows.push(row);
      if (rows.length >= maxRecords) return { ok: true, rows };
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows };
}
