// Entry points: createFakeExcel (an Excel.run stand-in) and installFakeOffice (Office, Excel and
// OfficeExtension globals for a browser page or a test environment).

import { FakeExcelStats, versionAtLeast, type FakeExcelOptions } from './client-object.js';
import { fakeDialogApi, type FakeDialog } from './dialog.js';
import { excelEnums } from './enums.js';
import { FakeOfficeError } from './errors.js';
import type { WorkbookModel } from './model.js';
import { FakeRequestContext } from './workbook.js';

export interface FakeExcel {
  model: WorkbookModel;
  stats: FakeExcelStats;
  /** A context outside any run (like `new Excel.RequestContext()`); it is never closed. */
  context: Excel.RequestContext;
  /** Excel.run: a fresh context per batch, a final sync after it resolves, and the context closed after. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

const asExcel = (context: FakeRequestContext): Excel.RequestContext => context as unknown as Excel.RequestContext;

export function createFakeExcel(model: WorkbookModel, options: FakeExcelOptions = {}): FakeExcel {
  const stats = new FakeExcelStats();
  const newContext = (): FakeRequestContext => new FakeRequestContext(model, options, stats);
  return {
    model,
    stats,
    context: asExcel(newContext()),
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      stats.runs++;
      const context = newContext();
      const core = FakeRequestContext.core(context);
      try {
        const pending: unknown = batch(asExcel(context));
        if (!pending || typeof (pending as Promise<T>).then !== 'function') throw new FakeOfficeError('RunMustReturnPromise');
        const result = await (pending as Promise<T>);
        await core.sync(true);
        return result;
      } finally {
        core.closed = true;
      }
    },
  };
}

export interface FakeOfficeOptions extends FakeExcelOptions {
  /** Extra or overridden requirement sets, e.g. { ExcelApi: "1.8", DialogApi: "1.2" }. ExcelApi defaults to excelApi ?? "1.12". */
  requirementSets?: Record<string, string>;
  platform?: 'PC' | 'Mac' | 'OfficeOnline' | 'iOS' | 'Android' | 'Universal';
  /** Where the add-in's pages are served; dialogs must open on this origin (default https://localhost:3000). */
  addinOrigin?: string;
}

export interface InstalledFakeOffice extends FakeExcel {
  /** Functions registered with Office.actions.associate, by id. */
  associatedActions: Map<string, (...args: unknown[]) => unknown>;
  /** Every dialog displayDialogAsync opened, in order. */
  dialogs: FakeDialog[];
  /** Removes the globals again. */
  uninstall(): void;
}

/**
 * Defines `Office`, `Excel` and `OfficeExtension` on `globalObject` (window in a browser, globalThis
 * in a test) backed by `model`. No Node APIs are used, so the same code runs in a headless browser.
 */
export function installFakeOffice(globalObject: object, model: WorkbookModel, options: FakeOfficeOptions = {}): InstalledFakeOffice {
  const excelApi = options.requirementSets?.['ExcelApi'] ?? options.excelApi ?? '1.12';
  const fake = createFakeExcel(model, { ...options, excelApi });
  const sets: Record<string, string> = { ExcelApi: excelApi, ...options.requirementSets };
  const platform = options.platform ?? 'OfficeOnline';
  const associatedActions = new Map<string, (...args: unknown[]) => unknown>();
  const info = { host: 'Excel', platform };
  const dialogApi = fakeDialogApi(options.addinOrigin ?? 'https://localhost:3000');

  const office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    EventType: dialogApi.EventType,
    AsyncResultStatus: dialogApi.AsyncResultStatus,
    onReady(callback?: (i: typeof info) => unknown): Promise<typeof info> {
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
    context: {
      host: 'Excel',
      platform,
      displayLanguage: 'en-GB',
      ui: dialogApi.ui,
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = sets[name];
          return have !== undefined && versionAtLeast(have, minVersion ?? 0);
        },
      },
    },
    actions: {
      associate(actionId: string, fn: (...args: unknown[]) => unknown): void {
        associatedActions.set(actionId, fn);
      },
    },
  };

  const excel = {
    ...excelEnums,
    /** Excel.run(batch) and the overloads whose last argument is the batch. */
    run<T>(...args: unknown[]): Promise<T> {
      const batch = args.at(-1) as (context: Excel.RequestContext) => Promise<T>;
      if (typeof batch !== 'function') return Promise.reject(new FakeOfficeError('InvalidArgument', 'Excel.run needs a batch function.'));
      return fake.run(batch);
    },
    RequestContext: function RequestContext() {
      return new FakeRequestContext(model, { ...options, excelApi }, fake.stats);
    },
  };

  const officeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: {
      accessDenied: 'AccessDenied', generalException: 'GeneralException', activityLimitReached: 'ActivityLimitReached',
      invalidObjectPath: 'InvalidObjectPath', propertyNotLoaded: 'PropertyNotLoaded', valueNotLoaded: 'ValueNotLoaded',
      invalidRequestContext: 'InvalidRequestContext', invalidArgument: 'InvalidArgument', runMustReturnPromise: 'RunMustReturnPromise',
      apiNotFound: 'ApiNotFound',
    },
  };

  const globals: Record<string, unknown> = { Office: office, Excel: excel, OfficeExtension: officeExtension };
  for (const [name, value] of Object.entries(globals)) Object.defineProperty(globalObject, name, { value, configurable: true, writable: true });
  return {
    ...fake,
    associatedActions,
    dialogs: dialogApi.dialogs,
    uninstall() {
      for (const name of Object.keys(globals)) Reflect.deleteProperty(globalObject, name);
    },
  };
}
