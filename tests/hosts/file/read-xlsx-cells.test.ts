import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { analyseWorkbook } from '../../../src/engine/analyse/analyse-workbook.js';
import { cellAt } from '../../../src/engine/grid/sheet-grid.js';
import { workbookReport } from '../../../src/engine/report/workbook-report.js';
import { readXlsx } from '../../../src/hosts/file/read-workbook-file.js';
import { row, si, stylesXml, xlsxFromParts, type PartsWorkbook } from '../../support/xlsx-parts.js';

const DATE_STYLES = stylesXml({
  fonts: ['<font><sz val="11"/><name val="Calibri"/></font>'],
  fills: ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'],
  xfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>', '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/>'],
});

async function read(book: PartsWorkbook) {
  const result = await readXlsx('book.xlsx', 'book.xlsx', await xlsxFromParts(book));
  if (!result.ok) throw new Error(result.message);
  return result.workbook;
}

describe('readXlsx: cells in the forms Excel writes them', () => {
  it('reads a formula by its cached result, a cached 0 and FALSE included', async () => {
    const book = await read({ sheets: [{ name: 'T', rows: row(1, { A: { f: '1-1', v: 0 }, B: { t: 'b', f: 'FALSE()', v: 0 }, C: { t: 'str', f: '"x"', v: 'Done' } }) }] });
    const sheet = book.sheets[0]!;
    expect([cellAt(sheet, 1, 0), cellAt(sheet, 1, 1), cellAt(sheet, 1, 2)]).toStrictEqual([
      { kind: 'number', value: 0 },
      { kind: 'boolean', value: false },
      { kind: 'text', value: 'Done' },
    ]);
  });

  it('reads a cached error or text in a date-formatted formula cell from the sheet XML (exceljs makes them invalid dates)', async () => {
    const book = await read({
      sheets: [
        {
          name: 'T',
          rows:
            row(1, { A: { t: 'e', f: 'VLOOKUP(1,X:Y,2,0)', v: '#N/A', s: 1 }, B: { t: 'str', f: 'IF(1,"TBC",0)', v: 'TBC', s: 1 }, C: { f: 'DATE(2025,6,30)', v: 45838, s: 1 } }) +
            row(2, { A: { t: 'e', f: 'Gone!A1', v: '#REF!', s: 1 }, B: { t: 'e', v: '#DIV/0!', s: 1 } }),
        },
      ],
      styles: DATE_STYLES,
    });
    const sheet = book.sheets[0]!;
    expect(cellAt(sheet, 1, 0)).toStrictEqual({ kind: 'error', value: '#N/A' });
    expect(cellAt(sheet, 1, 1)).toStrictEqual({ kind: 'text', value: 'TBC' });
    expect(cellAt(sheet, 1, 2)).toStrictEqual({ kind: 'date', value: '2025-06-30' });
    expect(cellAt(sheet, 2, 0)).toStrictEqual({ kind: 'error', value: '#REF!' });
    expect(cellAt(sheet, 2, 1)).toStrictEqual({ kind: 'error', value: '#DIV/0!' });
  });

  it('reads a hyperlink over rich text, and over plain text, as its text', async () => {
    const book = await read({
      sheets: [
        {
          name: 'T',
          rows: row(1, { A: { t: 's', v: 0 }, B: { t: 's', v: 1 } }),
          after: '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId2"/></hyperlinks>',
          relationships:
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/a" TargetMode="External"/>' +
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/b" TargetMode="External"/>',
        },
      ],
      sharedStrings: ['<si><r><t xml:space="preserve">Board </t></r><r><rPr><b/></rPr><t>report</t></r></si>', si('Plain link')],
    });
    const sheet = book.sheets[0]!;
    expect(cellAt(sheet, 1, 0)).toStrictEqual({ kind: 'text', value: 'Board report' });
    expect(cellAt(sheet, 1, 1)).toStrictEqual({ kind: 'text', value: 'Plain link' });
  });

  it('reads dates in the 1904 date system', async () => {
    // 45000 is 16 March 2027 counted from 1 January 1904 (15 March 2023 from 1900: the 1904 system counts 1,462 days fewer).
    const styles = DATE_STYLES;
    const in1904 = await read({ sheets: [{ name: 'T', rows: row(1, { A: { v: 45000, s: 1 } }) }], styles, date1904: true });
    const in1900 = await read({ sheets: [{ name: 'T', rows: row(1, { A: { v: 45000, s: 1 } }) }], styles });
    expect(cellAt(in1904.sheets[0]!, 1, 0)).toStrictEqual({ kind: 'date', value: '2027-03-16' });
    expect(cellAt(in1900.sheets[0]!, 1, 0)).toStrictEqual({ kind: 'date', value: '2023-03-15' });
  });

  it('gives a merged area its value in the top-left cell only, and lists the areas', async () => {
    const book = await read({
      sheets: [
        {
          name: 'T',
          rows: row(1, { A: { t: 's', v: 0 }, B: { t: 's', v: 1 } }) + row(2, { B: { t: 's', v: 2 } }) + row(4, { C: { t: 's', v: 3 } }),
          after: '<mergeCells count="2"><mergeCell ref="C4:D5"/><mergeCell ref="A1:A3"/></mergeCells>',
        },
      ],
      sharedStrings: [si('Finance'), si('Item one'), si('Item two'), si('Wide')],
    });
    const sheet = book.sheets[0]!;
    expect(cellAt(sheet, 1, 0)).toStrictEqual({ kind: 'text', value: 'Finance' });
    expect(cellAt(sheet, 2, 0)).toStrictEqual({ kind: 'empty' });
    expect(cellAt(sheet, 3, 0)).toStrictEqual({ kind: 'empty' });
    expect(cellAt(sheet, 2, 1)).toStrictEqual({ kind: 'text', value: 'Item two' });
    expect(cellAt(sheet, 4, 2)).toStrictEqual({ kind: 'text', value: 'Wide' });
    expect([cellAt(sheet, 4, 3), cellAt(sheet, 5, 2), cellAt(sheet, 5, 3)]).toStrictEqual([{ kind: 'empty' }, { kind: 'empty' }, { kind: 'empty' }]);
    expect(sheet.merges).toStrictEqual([
      { top: 1, left: 0, bottom: 3, right: 0 },
      { top: 4, left: 2, bottom: 5, right: 3 },
    ]);
  });

  it('reads hidden and very hidden sheets, marked so', async () => {
    const book = await read({
      sheets: [
        { name: 'Shown', rows: row(1, { A: { v: 1 } }) },
        { name: 'Hidden', rows: row(1, { A: { v: 2 } }), state: 'hidden' },
        { name: 'Very', rows: row(1, { A: { v: 3 } }), state: 'veryHidden' },
      ],
    });
    expect(book.sheets.map((s) => [s.name, s.visibility, cellAt(s, 1, 0)])).toStrictEqual([
      ['Shown', undefined, { kind: 'number', value: 1 }],
      ['Hidden', 'hidden', { kind: 'number', value: 2 }],
      ['Very', 'veryHidden', { kind: 'number', value: 3 }],
    ]);
  });

  it('reads a macro-enabled workbook (.xlsm) as it reads .xlsx', async () => {
    const parts: PartsWorkbook = { sheets: [{ name: 'T', rows: row(1, { A: { t: 's', v: 0 } }) }], sharedStrings: [si('Status')] };
    const xlsm = await read({ ...parts, macroEnabled: true });
    expect(xlsm).toStrictEqual(await read(parts));
    expect(cellAt(xlsm.sheets[0]!, 1, 0)).toStrictEqual({ kind: 'text', value: 'Status' });
  });
});

describe('readXlsx: files that are not workbooks it can read', () => {
  async function refusal(bytes: Uint8Array): Promise<string> {
    const result = await readXlsx('x', 'in.xlsx', bytes);
    if (result.ok) throw new Error('read as a workbook');
    return result.message;
  }

  async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('refuses an OpenDocument spreadsheet, saying to save it as .xlsx', async () => {
    const ods = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    expect(await refusal(ods)).toBe('in.xlsx: this is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) and try again');
  });

  it('refuses an old .xls workbook', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(ole)).toBe('in.xlsx: this is an old .xls workbook; save it as .xlsx in Excel and try again');
  });

  it('refuses a zip that is not a workbook, and a package without xl/workbook.xml', async () => {
    const docx = await zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    const headless = await xlsxFromParts({ sheets: [{ name: 'T', rows: row(1, { A: { v: 1 } }) }], withoutWorkbook: true });
    for (const bytes of [docx, headless]) expect(await refusal(bytes)).toMatch(/^in\.xlsx: this is not an Excel workbook .*save it as \.xlsx/);
  });

  it('refuses a binary workbook (.xlsb)', async () => {
    const xlsb = await zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.bin': 'binary' });
    expect(await refusal(xlsb)).toMatch(/\.xlsb.*save it as an Excel workbook \(\.xlsx\)/);
  });
});

describe('readXlsx: those cells in a tracker, as the report gives them', () => {
  it('reads a hyperlinked rich-text lead as the lead, and a formula with a cached #REF! as a cell-error', async () => {
    const book = await read({
      sheets: [
        {
          name: 'Tracker',
          rows:
            row(1, { A: { t: 's', v: 0 }, B: { t: 's', v: 1 }, C: { t: 's', v: 2 } }) +
            row(2, { A: { t: 's', v: 3 }, B: { t: 's', v: 4 }, C: { t: 'e', f: 'Gone!C2', v: '#REF!' } }),
          after: '<hyperlinks><hyperlink ref="B2" r:id="rId1"/></hyperlinks>',
          relationships:
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:ann.lee@example.gov.uk" TargetMode="External"/>',
        },
      ],
      sharedStrings: [
        si('Recommendation'),
        si('Lead'),
        si('Status'),
        si('1. Review the plan'),
        '<si><r><t xml:space="preserve">Ann </t></r><r><rPr><b/></rPr><t>Lee</t></r></si>',
      ],
    });
    const report = workbookReport('book.xlsx', analyseWorkbook(book, { today: '2025-06-30' }));
    const [tracker] = report.trackers;
    expect(tracker?.issues.map((i) => [i.code, i.cell])).toStrictEqual([['cell-error', 'C2']]);
    expect(analyseWorkbook(book, { today: '2025-06-30' }).trackers[0]?.context.records[0]?.lead).toBe('Ann Lee');
  });
});
