/** The first line of an error's message: what is shown instead of a stack trace. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] || 'unknown error';
}

/** Why a file could not be written, in words, for the usual system errors. */
export function writeProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'its folder is a file';
    case 'EACCES':
    case 'EPERM':
      return 'its folder cannot be written to (permission denied)';
    case 'EROFS':
      return 'its folder is on a read-only disk';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'the disk is full';
    default:
      // Not the file system: the writer itself failed on something in this workbook.
      return (error as NodeJS.ErrnoException | undefined)?.code === undefined ? `the workbook writer failed (${firstLine(error)})` : firstLine(error);
  }
}
