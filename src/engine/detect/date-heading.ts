/**
 * What a dated column's heading means: when the action is due, or when something else happened
 * to it (raised, decided, agreed at committee, met, completed, reviewed). Read by meaning, so
 * headings no list holds ("To be delivered by", "Expected completion") are known too.
 */

/** When the action is due: a target, a deadline, "complete by", a planned or agreed completion. */
const DUE_MEANING =
  /\b(?:target|due|deadline|timescales?|timeframes?|by\s+when|(?:complete|completed|deliver(?:ed)?|implement(?:ed)?|achieve(?:d)?|finish(?:ed)?|done|in\s+place|resolved?)\s+by|(?:completion|delivery|implementation|end)\s+date|(?:expected|planned|agreed|target|estimated|forecast)\s+(?:completion|delivery|implementation|end)|when\s+by)\b/i;

/** An event in the action's past or its paperwork, not its due date. */
const EVENT_MEANING =
  /\b(?:raised|decision|decided|approved|approval|committee|cabinet|meeting|reported|identified|opened|received|issued|inspection|inspected|start(?:ed)?|closed|reviewed|review|updated|logged|added|created|signed|actual|met)\b|\bdate\s+(?:agreed|completed|of\s+completion)\b|\bagreed\s+(?:at|by|on|with)\b|(?<!\bbe\s)\bcompleted\s+(?:date|on)\b|^completed$/i;

export type DateHeadingMeaning = 'due' | 'event' | undefined;

/** 'due' or 'event' where the heading says which; undefined where it says neither ("Date"). */
export function dateHeadingMeaning(heading: string): DateHeadingMeaning {
  if (EVENT_MEANING.test(heading)) return 'event';
  return DUE_MEANING.test(heading) ? 'due' : undefined;
}
