// A strict in-memory Excel host for unit and headless-browser tests; see tests/fake-excel for usage.
export { createFakeExcel, installFakeOffice, type FakeExcel, type FakeOfficeOptions, type InstalledFakeOffice } from './office.js';
export { fakeWorkbook, inspect, type CellInput, type ConditionalFormatDescription, type SheetDescription, type WorkbookDescription } from './builder.js';
export { WorkbookModel, SheetModel, type Cell, type CellValue } from './model.js';
export { FakeExcelStats, DEFAULT_PAYLOAD_LIMIT, ENVELOPE_BYTES, type FakeExcelOptions, type LargeReadFailure, type SyncRecord } from './client-object.js';
export { FakeOfficeError, type FakeErrorCode } from './errors.js';
export { excelEnums } from './enums.js';
export { formatAddress, parseRef, quoteSheetName } from './a1.js';
export { DIALOG_ERRORS, type FakeDialog } from './dialog.js';
export { EN_GB, serialOf as serialOfDate, type InputLocale } from './typed-input.js';
