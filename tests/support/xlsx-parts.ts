// A minimal SpreadsheetML package written part by part, so a test can hold exactly the XML Excel
// writes (cached error results, theme and indexed colours, 1904 dates, shared rich text) rather
// than what exceljs would write.
import JSZip from 'jszip';

export interface PartsSheet {
  name: string;
  /** The inside of <sheetData>: <row r="1"><c r="A1" t="s"><v>0</v></c></row>… */
  rows: string;
  /** XML after </sheetData>, e.g. <mergeCells>… */
  after?: string;
  state?: 'hidden' | 'veryHidden';
  /** <Relationship> elements for the sheet's own rels part (hyperlink targets). */
  relationships?: string;
}

export interface PartsWorkbook {
  sheets: PartsSheet[];
  /** Each a whole <si>…</si>. */
  sharedStrings?: string[];
  /** The whole of xl/styles.xml. */
  styles?: string;
  /** The whole of xl/theme/theme1.xml. */
  theme?: string;
  date1904?: boolean;
  /** Writes the macro-enabled content type (.xlsm). */
  macroEnabled?: boolean;
  /** Leaves xl/workbook.xml out. */
  withoutWorkbook?: boolean;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function xlsxFromParts(book: PartsWorkbook): Promise<Uint8Array> {
  const zip = new JSZip();
  const workbookType = book.macroEnabled
    ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${workbookType}"/>`,
    ...book.sheets.map(
      (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    book.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '',
    book.styles ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : '',
    book.theme ? '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>' : '',
  ];
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
  );
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = [
    ...book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`),
    book.sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : '',
    book.styles ? `<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>` : '',
    book.theme ? `<Relationship Id="rIdT" Type="${REL}/theme" Target="theme/theme1.xml"/>` : '',
  ];
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>`);
  if (!book.withoutWorkbook) {
    const sheets = book.sheets
      .map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${sheet.state ? ` state="${sheet.state}"` : ''} r:id="rId${i + 1}"/>`)
      .join('');
    zip.file(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${book.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets}</sheets></workbook>`,
    );
  }
  book.sheets.forEach((sheet, i) =>
    zip.file(`xl/worksheets/sheet${i + 1}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.rows}</sheetData>${sheet.after ?? ''}</worksheet>`),
  );
  book.sheets.forEach((sheet, i) => {
    if (sheet.relationships) zip.file(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${sheet.relationships}</Relationships>`);
  });
  if (book.sharedStrings) {
    const n = book.sharedStrings.length;
    zip.file('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${n}" uniqueCount="${n}">${book.sharedStrings.join('')}</sst>`);
  }
  if (book.styles) zip.file('xl/styles.xml', book.styles);
  if (book.theme) zip.file('xl/theme/theme1.xml', book.theme);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A shared string of plain text. */
export function si(text: string): string {
  return `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`;
}

/** One cell as Excel writes it: its type (t), style index (s), formula (f), cached or plain value (v). */
export interface PartsCell {
  t?: 's' | 'str' | 'e' | 'b' | 'n';
  s?: number;
  f?: string;
  v?: string | number;
}

/** A <row> from cells keyed by column letter. */
export function row(r: number, cells: Record<string, PartsCell>): string {
  const xml = Object.entries(cells).map(([column, cell]) => {
    const attributes = `${cell.t ? ` t="${cell.t}"` : ''}${cell.s !== undefined ? ` s="${cell.s}"` : ''}`;
    const inner = `${cell.f !== undefined ? `<f>${escapeXml(cell.f)}</f>` : ''}${cell.v !== undefined ? `<v>${escapeXml(String(cell.v))}</v>` : ''}`;
    return `<c r="${column}${r}"${attributes}>${inner}</c>`;
  });
  return `<row r="${r}">${xml.join('')}</row>`;
}

/** A styles.xml with the given <fonts>, <fills> and <cellXfs> children, and optional <colors>. */
export function stylesXml(parts: { fonts: string[]; fills: string[]; xfs: string[]; colors?: string }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><fonts count="${parts.fonts.length}">${parts.fonts.join('')}</fonts><fills count="${parts.fills.length}">${parts.fills.join('')}</fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${parts.xfs.length}">${parts.xfs.join('')}</cellXfs>${parts.colors ?? ''}</styleSheet>`;
}

/** The colour scheme of Excel's Office theme from 2013 (Office 2013 to 2022 default workbooks). */
export const OFFICE_2013_THEME = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
