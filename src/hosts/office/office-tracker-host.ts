import { analyseWorkbook, type WorkbookAnalysis } from '../../engine/analyse/analyse-workbook.js';
import { isoToday } from '../../engine/dates/calendar.js';
import type { CellEdit } from '../../engine/edits/fix-plan.js';
import { statusColouringPlan, type ColouringPlan } from '../../engine/edits/status-colouring-plan.js';
import { summarySheetPlans } from '../../engine/edits/summary-sheet-plan.js';
import { reportContent, reportSummary } from '../../engine/summary/report-content.js';
import { reportClipboard, type ReportClipboard } from '../../engine/summary/report-html.js';
import { reviewSnapshotRows } from '../../engine/edits/review-snapshot-plan.js';
import type { IsoDate } from '../../engine/dates/calendar.js';
import { compareOptions, type CompareOption } from '../../engine/compare/compare-choices.js';
import { DEFAULT_PROFILE } from '../../engine/profile/default-profile.js';
import type { Profile } from '../../engine/profile/profile-schema.js';
import type { OfficerReading } from '../../engine/reading/officer-reading.js';
import { workbookReport, type WorkbookReport } from '../../engine/report/workbook-report.js';
import { readChosenLayouts, withChosenLayout } from '../../engine/tracker/layout-schema.js';
import type { TrackerLayout } from '../../engine/tracker/tracker-layout.js';
import { colouringRefusedMessage, colouringSkippedMessage, colouringStructureMessage, summaryReadOnlyMessage, summaryStructureMessage } from './access-messages.js';
import { applyStatusColouring } from './apply-colouring.js';
import { applyCellEdits, revertCellEdits, type AppliedEdit, type CellEditResult } from './cell-edits.js';
import type { ExcelRun } from './excel-run.js';
import { OfficerError } from './officer-error.js';
import { officerMessage } from './officer-message.js';
import { readWorkbookGrid } from './read-workbook.js';
import { saveReading } from './save-reading.js';
import { officeRequirements, type RequirementCheck } from './requirements.js';
import { readWorkbookState, summarySheets, type WorkbookState } from './workbook-state.js';
import { writeSummarySheets } from './write-summary-sheet.js';

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
  /**
   * Set when Tracker Check left something unchanged because a sheet is protected or the workbook is
   * read-only (or Excel refused the change): which, why and what to do. The findings are all there.
   */
  accessMessage?: string;
  /** The reviews kept in the workbook this one may be compared with (empty when none is kept), and the one it was. */
  compareOptions: CompareOption[];
  comparedWith: IsoDate | 'none';
}

/** Which kept review to compare with: its as-at date, or 'none'; by default the latest before this one. */
export interface CompareChoice {
  compareWith?: IsoDate | 'none';
}

interface Analysed {
  state: WorkbookState;
  outcome: ValidateOutcome;
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
    private readonly supports: RequirementCheck = officeRequirements,
  ) {}

  /**
   * Reads the workbook, checks every tracker and colours the rated columns: five syncs (the sheets
   * and their protection, the values, the planned colours, two for the colouring). Sheets it may not
   * change keep what they had, and a refused colouring still returns every finding, with the message.
   */
  validate(choice: CompareChoice = {}): Promise<ValidateOutcome> {
    return this.run(async (context) => {
      const { state, outcome } = await this.analyse(context, choice);
      const plan = statusColouringPlan(outcome.analysis.trackers, this.profile);
      const locked = new Set(state.sheets.filter((s) => s.protected).map((s) => s.name));
      const mayChange = state.readOnly ? [] : state.sheets.filter((s) => !s.protected).map((s) => s.name);
      const allowed = state.readOnly ? [] : plan.colourings.filter((c) => !locked.has(c.sheet));
      const skipped = [...new Set(plan.colourings.map((c) => c.sheet))].filter((sheet) => locked.has(sheet));
      // The lists sheet is added on the first colouring: structure protection forbids that, so nothing is begun.
      const noListSheet = state.structureProtected && allowed.length > 0 && !state.sheets.some((s) => s.name === plan.listSheet);
      const message = noListSheet ? colouringStructureMessage() : colouringSkippedMessage(state.readOnly && plan.colourings.length > 0, skipped);
      const refused = noListSheet ? undefined : await this.colour(context, { ...plan, colourings: allowed }, mayChange);
      const accessMessage = [message, refused].filter(Boolean).join(' ');
      return accessMessage === '' ? outcome : { ...outcome, accessMessage };
    });
  }

  /**
   * Validates, then writes a summary sheet for each tracker and the review's snapshot, all in one
   * sync: four syncs in all. A read-only workbook is refused before anything is written.
   */
  buildSummary(choice: CompareChoice = {}): Promise<ValidateOutcome & { sheets: string[]; copy?: ReportClipboard }> {
    return this.run(async (context) => {
      const { state, outcome } = await this.analyse(context, choice);
      if (state.readOnly) throw new OfficerError(summaryReadOnlyMessage());
      if (state.structureProtected) throw new OfficerError(summaryStructureMessage());
      const { asAt, trackers, snapshots } = outcome.analysis;
      const plans = summarySheetPlans(trackers, this.profile, snapshots);
      const rows = reviewSnapshotRows(asAt, trackers, snapshots);
      const sheets = plans.length === 0 ? [] : await writeSummarySheets(context, plans, state, rows);
      // What "Copy for report" puts on the clipboard: the same figures, for the committee report.
      const summary = reportSummary(trackers, this.profile);
      return { ...outcome, sheets, ...(summary && { copy: reportClipboard(reportContent(summary, this.profile), this.profile.palette) }) };
    });
  }

  applyEdits(edits: readonly CellEdit[]): Promise<CellEditResult> {
    return this.run((context) => applyCellEdits(context, edits, this.supports));
  }

  /** Puts back exactly what a fix replaced (text, number or formula), where nobody has changed the cell since. */
  revert(applied: readonly AppliedEdit[]): Promise<CellEditResult> {
    return this.run((context) => revertCellEdits(context, applied, this.supports));
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

  /**
   * Saves the officer's answers to Tracker Check's questions (or, with undefined, forgets them all)
   * on the workbook's very hidden reading sheet, which every later Validate reads: two syncs.
   */
  saveReading(reading: OfficerReading | undefined): Promise<void> {
    return this.run((context) => saveReading(context, reading, this.supports));
  }

  /** Queues and syncs the colouring; a refusal is returned as the officer's message, never thrown, so the findings survive. */
  private async colour(context: Excel.RequestContext, plan: ColouringPlan, mayChange: readonly string[]): Promise<string | undefined> {
    if (plan.colourings.length === 0) return undefined;
    try {
      await applyStatusColouring(context, plan, mayChange);
      return undefined;
    } catch (error) {
      return colouringRefusedMessage(officerMessage(error));
    }
  }

  private async analyse(context: Excel.RequestContext, choice: CompareChoice = {}): Promise<Analysed> {
    // Loaded in the same sync as the sheet list, so saved choices cost no extra round trip.
    const setting = context.workbook.settings.getItemOrNullObject(LAYOUTS_SETTING);
    setting.load('value');
    const state = await readWorkbookState(context, this.supports);
    const saved = readChosenLayouts(setting.isNullObject ? undefined : setting.value);
    const layouts = saved.ok ? saved.layouts : undefined;
    // The add-in's own summary sheets hold tables that would read as a tracker or a register: never read.
    const summaries = summarySheets(state);
    const sheets = state.sheets.filter((sheet) => !summaries.has(sheet.name));
    const grid = await readWorkbookGrid(context, state, sheets, {
      profile: this.profile,
      merges: this.supports('ExcelApi', '1.13'),
      ...(layouts && { layouts }),
    });
    const analysis = analyseWorkbook(grid, {
      today: isoToday(this.now()),
      profile: this.profile,
      ...(layouts && { layouts }),
      ...(choice.compareWith !== undefined && { compareWith: choice.compareWith }),
    });
    const report = workbookReport(state.name || 'workbook', analysis);
    const compare = { compareOptions: compareOptions(analysis.snapshots, analysis.asAt), comparedWith: analysis.comparedWith ?? ('none' as const) };
    const outcome: ValidateOutcome = saved.ok ? { analysis, report, ...compare } : { analysis, report, ...compare, settingsMessage: saved.message };
    return { state, outcome };
  }
}
