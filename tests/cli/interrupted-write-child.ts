// Run by interrupted-write.test.ts in a process of its own: installs the command's exit cleanup,
// starts a temporary copy of the target given, writes part of it, says its path, then waits to be
// signalled (stdin held open keeps it alive).
import { removeTemporaryFilesOnExit } from '../../src/cli/exit-cleanup.js';
import { TemporaryCopy } from '../../src/hosts/file/temporary-copy.js';

const target = process.argv[2];
if (target === undefined) throw new Error('usage: interrupted-write-child.ts TARGET');
removeTemporaryFilesOnExit();
const temporary = await TemporaryCopy.create(target, 0o600);
await temporary.write(new TextEncoder().encode('PK\u0003\u0004 the first part of a copy'));
process.stdout.write(`${temporary.path}\n`);
process.stdin.resume();
