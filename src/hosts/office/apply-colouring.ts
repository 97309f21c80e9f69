import type { StatusColouring } from '../../engine/edits/status-colouring-plan.js';

/**
 * Queues the status colouring as conditional formats: a handful of commands per rated column,
 * however many rows. The column's earlier formats are cleared first, so validating twice leaves
 * one set. The caller syncs.
 */
export function queueStatusColouring(context: Excel.RequestContext, colourings: readonly StatusColouring[]): void {
  for (const colouring of colourings) {
    const range = context.workbook.worksheets.getItem(colouring.sheet).getRange(colouring.address);
    range.conditionalFormats.clearAll();
    colouring.rules.forEach((rule, index) => {
      const format = range.conditionalFormats.add('Custom');
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.font;
      format.priority = index;
      // A BRAG match settles the colour; only the catch-all lets later rules through.
      format.stopIfTrue = rule.category !== undefined;
    });
  }
}
