import { checkCellErrors } from './cell-error-rule.js';
import { checkColumns } from './columns-rule.js';
import { checkDates } from './date-rule.js';
import { checkDuplicateIds } from './duplicate-id-rule.js';
import { checkLeads } from './lead-rule.js';
import { checkProgressContradictions } from './progress-contradiction-rule.js';
import { checkProgress } from './progress-rule.js';
import type { Rule } from './rule.js';
import { checkStatuses } from './status-rule.js';

export const ALL_RULES: readonly Rule[] = [
  checkColumns,
  checkCellErrors,
  checkDuplicateIds,
  checkLeads,
  checkStatuses,
  checkProgress,
  checkProgressContradictions,
  checkDates,
];
