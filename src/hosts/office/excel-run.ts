/**
 * How the adapter reaches Excel: `Excel.run` in the add-in, the in-memory Excel in tests.
 * Everything in src/hosts/office takes one of these instead of touching the global.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
