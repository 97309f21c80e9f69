/** The requirement set Tracker Check needs (RangeAreas, cell properties): Office 2021+, Microsoft 365, Excel on the web. */
export const REQUIRED_EXCEL_API = '1.9';

/**
 * Whether this Excel can run Tracker Check. Outside Office (a plain browser tab) office.js has no
 * requirements to ask, so the answer is no.
 */
export function excelApiSupported(): boolean {
  try {
    return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) === true;
  } catch {
    return false;
  }
}
