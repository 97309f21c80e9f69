// npm run parity -- FILE...: reads each workbook through both hosts (the command line's file
// reader, and the add-in's Office.js adapter on the in-memory Excel) and prints "same" or where
// their reports differ. Exit 0 when every file is the same, 1 otherwise, 2 when one cannot be read.
import { bothHosts, reportDifferences } from '../tests/support/host-parity.js';

const files = process.argv.slice(2).filter((arg) => arg !== '--');
if (files.length === 0) {
  process.stderr.write('usage: npm run parity -- FILE...\n');
  process.exit(2);
}
let status = 0;
for (const file of files) {
  try {
    const { file: cli, office } = await bothHosts(file, new Date());
    const differences = reportDifferences(cli, office);
    process.stdout.write(differences.length === 0 ? `${file}: same\n` : `${file}: ${differences.length} differences\n${differences.map((d) => `  ${d}\n`).join('')}`);
    if (differences.length > 0) status = Math.max(status, 1);
  } catch (error) {
    process.stderr.write(`${file}: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
    status = 2;
  }
}
process.exit(status);
