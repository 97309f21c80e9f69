/**
 * The very hidden sheet that holds the colouring's wording lists. Tracker Check's own, never an
 * officer's tracker: the analysis passes it over, and both hosts rewrite it whole (edits/ownership.ts).
 */
export const COLOUR_LISTS_SHEET = 'TrackerCheck lists';
