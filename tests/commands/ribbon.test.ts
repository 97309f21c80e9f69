// The ribbon's Validate tracker and Build summary in their own runtime (commands.html, no shared
// runtime with the pane): they run OfficeTrackerHost through office.js's Excel.run (here the
// in-memory Excel installed as the Office globals), then show the outcome in the Office dialog
// (outcome.html?text=…), and resolve, so commands.ts calls event.completed(), once it is closed.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { outcomeDialogUrl } from '../../src/commands/outcome-dialog.js';
import { buildSummaryFromRibbon, validateTrackerFromRibbon } from '../../src/commands/ribbon-actions.js';
import type { WorkbookGrid } from '../../src/engine/grid/sheet-grid.js';
import { readWorkbookFile } from '../../src/hosts/file/read-workbook-file.js';
import { inspect, installFakeOffice, type InstalledFakeOffice } from '../support/fake-excel/index.js';
import { fakeFromGrid } from '../support/fake-from-grid.js';

const COMMANDS_PAGE = 'https://localhost:3000/commands.html';
/** How long to wait for the command's dialog: the host is imported on first use, slow on a busy machine. */
const DIALOG_WAIT = { timeout: 20_000 };
const EVENTS = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };

type Handler = (arg: { message: string; origin: string | undefined } | { error: number }) => void;

/** One displayDialogAsync call: what was asked, and the dialog's handlers to fire. */
interface OpenedDialog {
  url: string;
  options: Office.DialogOptions;
  text: string | null;
  close: ReturnType<typeof vi.fn>;
  handlers: Map<string, Handler>;
  fire(event: keyof typeof EVENTS, arg: Parameters<Handler>[0]): void;
}

let sample: WorkbookGrid;
let office: InstalledFakeOffice;
let opened: OpenedDialog[];
let failOpen: { code: number; message: string } | undefined;

beforeAll(async () => {
  const read = await readWorkbookFile('tests/fixtures/dfe-commissioner-recommendations.xlsx');
  if (!read.ok) throw new Error(read.message);
  sample = read.workbook;
});

/** Office.context.ui.displayDialogAsync as office.js calls back: an AsyncResult with the dialog. */
function displayDialogAsync(url: string, options: Office.DialogOptions, callback: (result: unknown) => void): void {
  if (failOpen) {
    callback({ status: 'failed', error: failOpen, value: undefined });
    return;
  }
  const handlers = new Map<string, Handler>();
  const dialog: OpenedDialog = {
    url,
    options,
    text: new URL(url).searchParams.get('text'),
    close: vi.fn(),
    handlers,
    fire: (event, arg) => handlers.get(EVENTS[event])?.(arg),
  };
  opened.push(dialog);
  callback({
    status: 'succeeded',
    value: {
      addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
      close: dialog.close,
    },
  });
}

beforeEach(() => {
  opened = [];
  failOpen = undefined;
  office = installFakeOffice(globalThis, fakeFromGrid(sample));
  // What office.js adds that the fake does not model: the Dialog API and its enums.
  Object.assign(Office, { EventType: EVENTS, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } });
  Object.assign(Office.context, { ui: { displayDialogAsync } });
  vi.stubGlobal('location', new URL(COMMANDS_PAGE));
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  office.uninstall();
});

/** Starts `action`, waits for its dialog and returns both; the action is still waiting on the dialog. */
async function untilDialog(action: () => Promise<void>): Promise<{ done: Promise<void>; resolved: () => boolean; dialog: OpenedDialog }> {
  let finished = false;
  const done = action().then(() => {
    finished = true;
  });
  const dialog = await vi.waitFor(() => {
    const first = opened[0];
    if (!first) throw new Error('no dialog yet');
    return first;
  }, DIALOG_WAIT);
  return { done, resolved: () => finished, dialog };
}

describe('Ribbon commands', () => {
  it('Validate tracker runs the host on the workbook and shows what it found in the outcome dialog', async () => {
    const { done, resolved, dialog } = await untilDialog(validateTrackerFromRibbon);
    expect(office.stats.runs).toBeGreaterThan(0);
    expect(dialog.text).toBe(
      'Validated: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note. Open the Tracker Check panel for the cells.',
    );
    expect(dialog.url.startsWith('https://localhost:3000/outcome.html?text=')).toBe(true);
    expect(dialog.options).toMatchObject({ displayInIframe: true });
    expect(dialog.options.height).toBeGreaterThan(0);
    expect(dialog.options.width).toBeGreaterThan(0);

    // Still waiting for the officer: event.completed() must not run yet.
    await Promise.resolve();
    expect(resolved()).toBe(false);
    dialog.fire('DialogMessageReceived', { message: 'close', origin: 'https://localhost:3000' });
    await done;
    expect(dialog.close).toHaveBeenCalledTimes(1);
    expect(opened).toHaveLength(1);
  });

  it('Build summary writes the summary sheet and names it in the dialog', async () => {
    const { done, dialog } = await untilDialog(buildSummaryFromRibbon);
    expect(inspect(office.model).sheetNames()).toContain('Summary – Recommendations');
    expect(dialog.text).toBe("Summary written to sheet 'Summary – Recommendations'.");
    dialog.fire('DialogMessageReceived', { message: 'close', origin: 'https://localhost:3000' });
    await done;
    expect(dialog.close).toHaveBeenCalled();
  });

  it('on a protected sheet shows what was found and, in one plain message, what was left uncoloured and why', async () => {
    office.model.sheet('Recommendations').protected = true;
    const { done, dialog } = await untilDialog(validateTrackerFromRibbon);
    expect(dialog.text).toBe(
      'Validated: 5 completed, 17 on track, 2 delayed — 0 errors, 3 warnings, 1 note. Open the Tracker Check panel for the cells. ' +
        "The sheet 'Recommendations' is protected, so Tracker Check did not colour its status cells; every finding is listed. To colour them, unprotect it (Review > Unprotect Sheet) and validate again.",
    );
    expect(inspect(office.model).conditionalFormats('Recommendations')).toEqual([]);
    dialog.fire('DialogMessageReceived', { message: 'close', origin: 'https://localhost:3000' });
    await done;
  });

  it('a failure shows the officer message in the dialog, never a stack', async () => {
    office.model.readOnly = true;
    const { done, dialog } = await untilDialog(buildSummaryFromRibbon);
    expect(dialog.text).toBe(
      'This workbook is open read-only, so Tracker Check wrote no summary sheet and changed nothing. To build the summary, open an editable copy (or ask the owner for edit access) and try again.',
    );
    expect(inspect(office.model).sheetNames()).toEqual(['Recommendations', 'Leads', 'Notes']);
    dialog.fire('DialogMessageReceived', { message: 'close', origin: 'https://localhost:3000' });
    await done;
  });

  it('resolves when the officer closes the dialog with its own close button', async () => {
    const { done, resolved, dialog } = await untilDialog(validateTrackerFromRibbon);
    dialog.fire('DialogMessageReceived', { message: 'something else', origin: 'https://localhost:3000' });
    await Promise.resolve();
    expect(resolved()).toBe(false);
    dialog.fire('DialogEventReceived', { error: 12006 });
    await done;
    expect(resolved()).toBe(true);
  });

  it('resolves anyway when Office cannot open the dialog, and logs why', async () => {
    failOpen = { code: 12007, message: 'A dialog box is already opened from this host window.' };
    await validateTrackerFromRibbon();
    expect(console.warn).toHaveBeenCalledWith(expect.stringContaining('12007'));
  });

  it('commands.ts completes the ribbon event only after the dialog is closed', async () => {
    vi.resetModules();
    await import('../../src/commands/commands.js');
    const validate = await vi.waitFor(() => {
      const action = office.associatedActions.get('validateTracker');
      if (!action) throw new Error('not associated yet');
      return action;
    });
    expect(office.associatedActions.has('buildSummary')).toBe(true);
    const completed = vi.fn();
    validate({ completed });
    const dialog = await vi.waitFor(() => {
      const first = opened[0];
      if (!first) throw new Error('no dialog yet');
      return first;
    });
    expect(completed).not.toHaveBeenCalled();
    dialog.fire('DialogMessageReceived', { message: 'close', origin: 'https://localhost:3000' });
    await vi.waitFor(() => expect(completed).toHaveBeenCalledTimes(1));
  });
});

describe('outcomeDialogUrl', () => {
  it('puts the outcome page next to the commands page, with the text encoded', () => {
    const url = outcomeDialogUrl("5 on track — 'A' & <b>", 'https://addins.council.gov.uk/tracker-check/commands.html');
    expect(url.startsWith('https://addins.council.gov.uk/tracker-check/outcome.html?text=')).toBe(true);
    expect(url).not.toContain('<');
    expect(new URL(url).searchParams.get('text')).toBe("5 on track — 'A' & <b>");
  });
});
