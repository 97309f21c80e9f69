/** Whether the Excel running the add-in has a requirement set, e.g. ("ExcelApi", "1.13"). */
export type RequirementCheck = (set: string, version: string) => boolean;

/** office.js's own check, looked up on each call; false outside Office (no `Office` global). */
export const officeRequirements: RequirementCheck = (set, version) =>
  typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported(set, version) === true;
