/** The checked copy's edits to a package's own parts: where added elements go, and what is left alone. */

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { removePartTree } from '../../../src/hosts/file/lossless/package-parts.js';
import { StylesEditor } from '../../../src/hosts/file/lossless/styles-editor.js';
import { addDefinedNames, appendSheets, readDefinedNames, removeDefinedNames } from '../../../src/hosts/file/lossless/workbook-xml.js';
import { withConditionalFormats, type ConditionalFormat } from '../../../src/hosts/file/lossless/worksheet-xml.js';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const FORMAT: ConditionalFormat = { sqref: 'B2:B9', rules: [{ formula: 'AND($B2<>"",TrackerCheck_x=$B2)', dxfId: 3, stopIfTrue: true }] };
const never = () => false;

describe('conditional formats added to a worksheet part', () => {
  it('go after mergeCells and before the data validations, the rest as written', () => {
    const head = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>`;
    const tail = '<dataValidations count="0"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
    const xml = withConditionalFormats(head + tail, [FORMAT], never);
    expect(xml).toBe(
      `${head}<conditionalFormatting sqref="B2:B9"><cfRule type="expression" dxfId="3" priority="1" stopIfTrue="1">` +
        `<formula>AND($B2&lt;&gt;&quot;&quot;,TrackerCheck_x=$B2)</formula></cfRule></conditionalFormatting>${tail}`,
    );
  });

  it('go before the closing tag of a sheet with nothing after its cells, and carry the namespace under a prefixed root', () => {
    const xml = withConditionalFormats(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`, [FORMAT], never);
    expect(xml).toMatch(new RegExp(`^<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><conditionalFormatting xmlns="${MAIN}" sqref="B2:B9">.*</conditionalFormatting></x:worksheet>$`));
  });

  it('move an officer rule below them only as far as needed, and take out only what the caller calls its own', () => {
    const officer = '<conditionalFormatting sqref="C2:C9"><cfRule type="cellIs" dxfId="0" priority="4" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>';
    const ours = '<conditionalFormatting sqref="B2:B9"><cfRule type="expression" dxfId="3" priority="1"><formula>TrackerCheck_x=$B2</formula></cfRule></conditionalFormatting>';
    const xml = `<worksheet xmlns="${MAIN}"><sheetData/>${ours}${officer}</worksheet>`;
    const twoRules = { ...FORMAT, rules: [...FORMAT.rules, ...FORMAT.rules] };
    const result = withConditionalFormats(xml, [twoRules], (formula) => formula.includes('TrackerCheck_'));
    expect(result.match(/<conditionalFormatting /g)).toHaveLength(2);
    expect(result).toContain(officer); // priority 4 is already below 1 and 2
    const crowded = withConditionalFormats(`<worksheet xmlns="${MAIN}"><sheetData/>${officer.replace('priority="4"', 'priority="1"')}</worksheet>`, [twoRules], never);
    expect(crowded).toContain(officer.replace('priority="4"', 'priority="3"'));
  });
});

describe('the styles part', () => {
  const styles =
    `<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill>` +
    '<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<tableStyles count="0"/></styleSheet>';

  it('gains a dxfs list in its place, the formats appended and each once', () => {
    const editor = new StylesEditor(styles);
    const red = '<dxf><fill><patternFill patternType="solid"><bgColor rgb="FFD4351C"/></patternFill></fill></dxf>';
    expect([editor.dxf(red), editor.dxf('<dxf><font><b/></font></dxf>'), editor.dxf(red)]).toStrictEqual([0, 1, 0]);
    expect(editor.cellXf('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')).toBe(0);
    expect(editor.cellXf('<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>')).toBe(1);
    expect(editor.numberFormat('0.0%')).toBe(164);
    const xml = editor.toXml();
    expect(xml).toContain(`</cellStyles><dxfs count="2">${red}<dxf><font><b/></font></dxf></dxfs><tableStyles count="0"/>`);
    expect(xml).toContain('<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49"');
    expect(xml).toMatch(new RegExp(`^<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><fonts count="1">`));
    expect(new StylesEditor(xml).dxf(red)).toBe(0);
  });
});

describe('the workbook part', () => {
  const workbook =
    `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="A" sheetId="3" r:id="rId1"/></sheets>` +
    '<definedNames><definedName name="Rate">0.2</definedName><definedName name="Old">\'TrackerCheck lists\'!$A$2</definedName></definedNames><calcPr calcId="1"/></workbook>';

  it('takes sheets after its own and names after its own, the rest as written', () => {
    let xml = appendSheets(workbook, [{ name: 'S & T', relId: 'rId9', state: 'veryHidden' }]);
    xml = removeDefinedNames(xml, readDefinedNames(xml).filter((n) => n.name === 'Old'));
    xml = addDefinedNames(xml, [{ name: 'New', formula: "'S & T'!$A$1" }]);
    expect(xml).toBe(
      workbook
        .replace('</sheets>', '<sheet name="S &amp; T" sheetId="4" state="veryHidden" r:id="rId9"/></sheets>')
        .replace('<definedName name="Old">\'TrackerCheck lists\'!$A$2</definedName>', '<definedName name="New">\'S &amp; T\'!$A$1</definedName>'),
    );
  });

  it('makes a definedNames list after the sheets when it has none', () => {
    const bare = `<workbook xmlns="${MAIN}"><sheets/><calcPr calcId="1"/></workbook>`;
    expect(addDefinedNames(bare, [{ name: 'N', formula: '1' }])).toBe(`<workbook xmlns="${MAIN}"><sheets/><definedNames><definedName name="N">1</definedName></definedNames><calcPr calcId="1"/></workbook>`);
  });
});

describe('taking a part out of the package', () => {
  it('takes what only it uses, and keeps a part something else uses too', async () => {
    const zip = new JSZip();
    const rels = (targets: string[]) =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets.map((t, i) => `<Relationship Id="rId${i + 1}" Type="t" Target="${t}"/>`).join('')}</Relationships>`;
    zip.file('xl/worksheets/sheet2.xml', '<worksheet/>');
    zip.file('xl/worksheets/_rels/sheet2.xml.rels', rels(['../drawings/drawing1.xml', '../media/image1.png']));
    zip.file('xl/drawings/drawing1.xml', '<wsDr/>');
    zip.file('xl/drawings/_rels/drawing1.xml.rels', rels(['../charts/chart1.xml']));
    zip.file('xl/charts/chart1.xml', '<chartSpace/>');
    zip.file('xl/media/image1.png', 'png');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet/>');
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels(['../media/image1.png']));
    const types =
      '<Types><Override PartName="/xl/worksheets/sheet2.xml" ContentType="w"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="d"/>' +
      '<Override PartName="/xl/charts/chart1.xml" ContentType="c"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/></Types>';
    const after = await removePartTree(zip, 'xl/worksheets/sheet2.xml', types);
    expect(Object.keys(zip.files).filter((n) => !zip.files[n]?.dir).sort()).toStrictEqual(['xl/media/image1.png', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/worksheets/sheet1.xml']);
    expect(after).toBe('<Types><Override PartName="/xl/worksheets/sheet1.xml" ContentType="w"/></Types>');
  });
});
