/**
 * A failure whose message is already written for the officer (which sheet, why, what to do):
 * officerMessage shows it as it is.
 */
export class OfficerError extends Error {
  override name = 'OfficerError';
}
