// axe-core in the page under test: the WCAG 2.0, 2.1 and 2.2 A and AA rules, and axe's best practices.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/**
 * Left out of one rule only: Fluent's focus manager (tabster) puts <i tabindex="0" aria-hidden="true"
 * data-tabster-dummy> sentinels at the edges of the body and of a dialog; they pass focus straight on
 * when tabbed to and are never read, but axe's aria-hidden-focus rule counts them. That rule is
 * given a selector without them; every other rule still checks them, and nothing else is left out.
 */
export const SENTINEL = '[data-tabster-dummy]';
const ARIA_HIDDEN_FOCUS_SELECTOR = `[aria-hidden="true"]:not(${SENTINEL})`;

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export interface AxeScan {
  violations: AxeFinding[];
  /** How many rules ran and found something to check: a scan that checks nothing proves nothing. */
  passes: number;
}

/** Runs axe-core on the page as it is now; the script is injected inline (no request leaves the origin). */
export async function axeScan(page: Page): Promise<AxeScan> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: await AXE_SOURCE });
  return page.evaluate(async ({ tags, ariaHiddenFocus }) => {
    const axe = (window as unknown as {
      axe: {
        configure: (spec: object) => void;
        run: (context: object, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]; passes: unknown[] }>;
      };
    }).axe;
    axe.configure({ rules: [{ id: 'aria-hidden-focus', selector: ariaHiddenFocus }] });
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })),
      passes: result.passes.length,
    };
  }, { tags: AXE_TAGS, ariaHiddenFocus: ARIA_HIDDEN_FOCUS_SELECTOR });
}
