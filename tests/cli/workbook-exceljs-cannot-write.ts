import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/**
 * The sample tracker with an extra sheet holding a table whose XML has no <tableStyleInfo>, as
 * some tools write it: exceljs reads the workbook, then throws when it writes it back.
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
  await writeFile(path, await zip.generateAsync({ type: 'uint8array' }));
}
