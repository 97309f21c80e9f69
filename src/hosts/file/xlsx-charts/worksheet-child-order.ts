/** CT_Worksheet's children from <conditionalFormatting> on, in the schema's order (ECMA-376 Part 1, 18.3.1.99). */
const WORKSHEET_CHILDREN_FROM_CONDITIONAL_FORMATTING = [
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;

type WorksheetChild = (typeof WORKSHEET_CHILDREN_FROM_CONDITIONAL_FORMATTING)[number];

/** The children a new `<name>` must go before: itself (a later one of its kind) when `inclusive`, and all after it. */
export function worksheetChildrenFrom(name: WorksheetChild, inclusive: boolean): ReadonlySet<string> {
  const at = WORKSHEET_CHILDREN_FROM_CONDITIONAL_FORMATTING.indexOf(name);
  return new Set(WORKSHEET_CHILDREN_FROM_CONDITIONAL_FORMATTING.slice(inclusive ? at : at + 1));
}
