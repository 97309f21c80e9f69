// Errors shaped like OfficeExtension.Error (RichApi.Error): a code, a message and debugInfo.
// Messages follow Microsoft's documented error table and office.js resource strings.

export type FakeErrorCode =
  | 'AccessDenied'
  | 'ApiNotFound'
  | 'GeneralException'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'InvalidOperation'
  | 'InvalidReference'
  | 'InvalidRequestContext'
  | 'InvalidSelection'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'MergedRangeConflict'
  | 'NotImplemented'
  | 'OperationCellsExceedLimit'
  | 'PropertyNotLoaded'
  | 'RangeExceedsLimit'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ResponsePayloadSizeLimitExceeded'
  | 'RunMustReturnPromise'
  | 'ValueNotLoaded';

const MESSAGES: Partial<Record<FakeErrorCode, string>> = {
  AccessDenied: 'You cannot perform the requested operation.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  MergedRangeConflict: "Cannot complete the operation. A table can't overlap with another table, a PivotTable report, query results, merged cells, or an XML Map.",
  NotImplemented: "The requested feature isn't implemented.",
  OperationCellsExceedLimit: 'The attempted operation affects more than the limit of 33554000 cells.',
  RangeExceedsLimit: 'The cell count in the range has exceeded the maximum supported number.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

/** Same public shape as OfficeExtension.Error; installFakeOffice exposes it as OfficeExtension.Error. */
export class FakeOfficeError extends Error implements Omit<OfficeExtension.Error, 'stack'> {
  override name = 'RichApi.Error';
  code: string;
  debugInfo: OfficeExtension.DebugInfo;
  traceMessages: string[] = [];
  innerError: OfficeExtension.Error = null as unknown as OfficeExtension.Error;

  constructor(code: FakeErrorCode, message?: string, errorLocation?: string) {
    const text = message ?? MESSAGES[code] ?? code;
    super(text);
    this.code = code;
    this.debugInfo = { code, message: text, ...(errorLocation === undefined ? {} : { errorLocation }) };
  }

  override toString(): string { return `${this.code}: ${this.message}`; }
}

export function fail(code: FakeErrorCode, message?: string, errorLocation?: string): never {
  throw new FakeOfficeError(code, message, errorLocation);
}

export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

/** Thrown synchronously for API the fake deliberately does not model, so a gap is never silent. */
export function notModelled(what: string): never {
  throw new FakeOfficeError('NotImplemented', `fake-excel does not model ${what}.`, what);
}
