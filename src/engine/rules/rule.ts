import type { Finding } from '../issues/issue-codes.js';
import type { TrackerContext } from '../tracker/tracker-context.js';

/** A check over one tracker. Rules return what they found; they never throw or render text. */
export type Rule = (context: TrackerContext) => Finding[];
