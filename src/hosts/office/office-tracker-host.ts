import { analyseWorkbook, type WorkbookAnalysis } from '../../engine/analyse/analyse-workbook.js';
import { isoToday } from '../../engine/dates/calendar.js';
import { statusColouringPlan } from '../../engine/edits/status-colouring-plan.js';
import { summarySheetPlans } from '../../engine/edits/summary-sheet-plan.js';
import { SUMMARY_MARKER_PREFIX, sheetOfReference } from '../../engine/edits/summary-sheet-names.js';
import { DEFAULT_PROFILE } from '../../engine/profile/default-profile.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import { workbookReport, type WorkbookReport } from '../../engine/report/workbook-report.js';
import { readChosenLayouts, withChosenLayout } from '../../engine/tracker/layout-schema.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import { applyStatusColouring } from './apply-colouring.js';
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { applyCellEdits, revertOf, type CellEditResult } from './cell-edits.js';
import type { ExcelRun } from './excel-run.js';
import { readWorkbookGrid } from './read-workbook.js';
import { writeSummarySheet } from './write-summary-sheet.js';

/** The workbook setting that holds the columns an officer picked, so the next officer gets the same. */
export const LAYOUTS_SETTING = 'trackerCheck.layouts';

/** One cell of a row read for the officer: its 0-based sheet column and its text. */
export interface RowCell {
  column: number;
  text: string;
}

export interface ValidateOutcome {
  analysis: WorkbookAnalysis;
  report: WorkbookReport;
  /** Set when saved column choices were unreadable and so ignored. */
  settingsMessage?: string;
}

/**
 * What the task pane and the ribbon commands ask of Excel. Each call is one Excel.run with a fixed
 * number of syncs; the engine decides, this only reads and applies.
 */
export class OfficeTrackerHost {
  constructor(
    private readonly run: ExcelRun,
    private readonly now: () => Date = () => new Date(),
    private readonly profile: Profile = DEFAULT_PROFILE,
  ) {}

  /** Reads the workbook, checks every tracker and colours the rated columns. */
  validate(): Promise<ValidateOutcome> {
    return this.run(async (context) => {
      const outcome = await this.analyse(context);
      await applyStatusColouring(context, statusColouringPlan(outcome.analysis.trackers, this.profile));
      return outcome;
    });
  }

  /** Validates, then writes a summary sheet for each tracker; returns the sheets written. */
  buildSummary(): Promise<ValidateOutcome & { sheets: string[] }> {
    return this.run(async (context) => {
      const outcome = await this.analyse(context);
      const sheets: string[] = [];
      for (const plan of summarySheetPlans(outcome.analysis.trackers, this.profile)) sheets.push(await writeSummarySheet(context, plan));
      return { ...outcome, sheets };
    });
  }

  applyEdits(edits: readonly CellEdit[]): Promise<CellEditResult> {
    return this.run((context) => applyCellEdits(context, edits));
  }

  /** Puts back exactly the values a fix replaced, where nobody has changed them since. */
  revert(applied: readonly CellEdit[]): Promise<CellEditResult> {
    return this.run((context) => applyCellEdits(context, revertOf(applied)));
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /**
   * The text of each used cell in one row of a sheet (1-based row), as Excel shows it: the choices
   * the officer picks columns from. One sync.
   */
  readRow(sheet: string, row: number): Promise<RowCell[]> {
    return this.run(async (context) => {
      const used = context.workbook.worksheets.getItem(sheet).getRange(`${row}:${row}`).getUsedRangeOrNullObject(true);
      used.load('columnIndex,text');
      await context.sync();
      if (used.isNullObject) return [];
      return (used.text[0] ?? []).map((text, offset) => ({ column: used.columnIndex + offset, text: text.trim() }));
    });
  }

  /** Saves (or, with undefined, forgets) the officer's column choice for one sheet. */
  saveLayout(sheet: string, layout: TrackerLayout | undefined): Promise<void> {
    return this.run(async (context) => {
      const setting = context.workbook.settings.getItemOrNullObject(LAYOUTS_SETTING);
      setting.load('value');
      await context.sync();
      // Unreadable saved choices are replaced, as validation ignores them anyway.
      const current = readChosenLayouts(setting.isNullObject ? undefined : setting.value);
      context.workbook.settings.add(LAYOUTS_SETTING, withChosenLayout(current.ok ? current.layouts : [], sheet, layout));
      await context.sync();
    });
  }

  private async analyse(context: Excel.RequestContext): Promise<ValidateOutcome> {
    // Loaded in the same sync as the sheet list, so saved choices cost no extra round trip.
    const setting = context.workbook.settings.getItemOrNullObject(LAYOUTS_SETTING);
    setting.load('value');
    const workbook = context.workbook;
    workbook.load('name');
    const names = workbook.names;
    names.load('items/name,items/value');
    const read = await readWorkbookGrid(context, 'workbook');
    // The add-in's own summary sheets hold tables that would read as a tracker or a register.
    const summaries = new Set(
      names.items.filter((n) => n.name.startsWith(SUMMARY_MARKER_PREFIX)).map((n) => sheetOfReference(String(n.value))),
    );
    const grid = { ...read, sheets: read.sheets.filter((sheet) => !summaries.has(sheet.name)) };
    const saved = readChosenLayouts(setting.isNullObject ? undefined : setting.value);
    const analysis = analyseWorkbook(grid, {
      today: isoToday(this.now()),
      profile: this.profile,
      ...(saved.ok && { layouts: saved.layouts }),
    });
    const report = workbookReport(workbook.name || 'workbook', analysis);
    return saved.ok ? { analysis, report } : { analysis, report, settingsMessage: saved.message };
  }
}
