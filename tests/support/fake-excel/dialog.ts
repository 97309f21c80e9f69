// Office.context.ui.displayDialogAsync as Office enforces it (Microsoft's "Handle errors and events
// in the Office dialog box"): the page must be https (12005) on the add-in's own origin, protocol and
// port included (12004), and one host window has one dialog at a time (12007). The callback comes
// later, as office.js calls back; tests drive the open dialog through FakeDialog.

export const DIALOG_ERRORS = {
  notTrusted: 12004,
  notHttps: 12005,
  alreadyOpen: 12007,
  closedByUser: 12006,
} as const;

const EVENT_TYPES = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' } as const;
const STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

/** One dialog that opened: what was asked, and what the dialog page or the officer can do to it. */
export interface FakeDialog {
  readonly url: string;
  readonly options: Office.DialogOptions;
  /** False once the add-in called dialog.close() or the officer closed it. */
  readonly open: boolean;
  /** The dialog page calls Office.context.ui.messageParent(message). */
  messageParent(message: string): void;
  /** The officer closes the dialog with its X: DialogEventReceived with 12006. */
  closeByUser(): void;
}

interface AsyncResult {
  status: (typeof STATUS)[keyof typeof STATUS];
  value: unknown;
  error?: { code: number; name: string; message: string };
  asyncContext?: unknown;
}

export function fakeDialogApi(addinOrigin: string) {
  const dialogs: FakeDialog[] = [];
  const isOpen = (): boolean => dialogs.some((d) => d.open);

  function failure(code: number, message: string, asyncContext: unknown): AsyncResult {
    return { status: STATUS.Failed, value: undefined, error: { code, name: 'Display Dialog Error', message }, asyncContext };
  }

  function displayDialogAsync(startAddress: string, ...rest: unknown[]): void {
    const callback = rest.find((a): a is (r: AsyncResult) => void => typeof a === 'function');
    const options = (rest.find((a) => a && typeof a === 'object') ?? {}) as Office.DialogOptions & { asyncContext?: unknown };
    let url: URL | undefined;
    try {
      url = new URL(startAddress);
    } catch {
      url = undefined;
    }
    let result: AsyncResult;
    if (url && url.protocol !== 'https:') result = failure(DIALOG_ERRORS.notHttps, 'The URL uses the HTTP protocol. HTTPS is required.', options.asyncContext);
    else if (!url || url.origin !== addinOrigin) result = failure(DIALOG_ERRORS.notTrusted, `The domain of the URL is not the add-in's (${addinOrigin}).`, options.asyncContext);
    else if (isOpen()) result = failure(DIALOG_ERRORS.alreadyOpen, 'A dialog box is already opened from this host window.', options.asyncContext);
    else result = { status: STATUS.Succeeded, value: openDialog(startAddress, options), asyncContext: options.asyncContext };
    setTimeout(() => callback?.(result), 0);
  }

  function openDialog(url: string, options: Office.DialogOptions): object {
    const handlers = new Map<string, Handler>();
    let open = true;
    const dialog: FakeDialog = {
      url,
      options,
      get open() { return open; },
      messageParent(message) {
        if (open) handlers.get(EVENT_TYPES.DialogMessageReceived)?.({ message, origin: addinOrigin });
      },
      closeByUser() {
        if (!open) return;
        open = false;
        handlers.get(EVENT_TYPES.DialogEventReceived)?.({ error: DIALOG_ERRORS.closedByUser });
      },
    };
    dialogs.push(dialog);
    return {
      addEventHandler: (type: string, handler: Handler) => void handlers.set(type, handler),
      close: () => void (open = false),
      messageChild: () => undefined,
    };
  }

  return { dialogs, ui: { displayDialogAsync }, EventType: EVENT_TYPES, AsyncResultStatus: STATUS };
}
