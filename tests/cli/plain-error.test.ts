import { describe, expect, it } from 'vitest';
import { writeProblem } from '../../src/cli/plain-error.js';

// The copy is written from memory through a new file in the target's folder, so a system error
// on writing it is about that folder, never about the input.
describe('why a copy could not be written, in words', () => {
  it.each([
    ['ENOENT', 'its folder does not exist'],
    ['ENOTDIR', 'its folder is a file'],
    ['EACCES', 'its folder cannot be written to (permission denied)'],
    ['EPERM', 'its folder cannot be written to (permission denied)'],
    ['EROFS', 'its folder is on a read-only disk'],
    ['ENOSPC', 'the disk is full'],
  ])('%s', (code, words) => {
    expect(writeProblem(Object.assign(new Error(`${code}: raw`), { code }))).toBe(words);
  });
});
