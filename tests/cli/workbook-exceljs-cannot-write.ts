import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * The sample tracker with an extra sheet holding a table whose XML has no <tableStyleInfo>, as
 * some tools write it (exceljs throws when it writes such a workbook back; the checked copy, which
 * keeps the package's parts, does not), in a package that has lost its [Content_Types].xml: a
 * damaged file exceljs still reads, and the copy's writer refuses.
 */
export async function writeWorkbookExceljsCannotWrite(sample: string, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(sample)) as unknown as ExcelJS.Buffer);
  workbook.addWorksheet('Extra').addTable({ name: 'Extra', ref: 'A1', headerRow: true, columns: [{ name: 'A' }, { name: 'B' }], rows: [[1, 2]] });
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const tables = Object.keys(zip.files).filter((name) => /^xl\/tables\/table\d+\.xml$/.test(name));
  if (tables.length === 0) throw new Error('exceljs wrote no table part');
  for (const name of tables) {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    zip.file(name, xml.replace(/<tableStyleInfo[^>]*\/>/, ''));
  }
  zip.remove('[Content_Types].xml');
  await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
}
