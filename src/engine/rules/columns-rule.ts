import type { Finding } from '../issues/issue-codes.js';
import { REQUIRED_ROLES } from '../profile/column-role.js';
import { hasRole } from '../tracker/tracker-layout.js';
import type { Rule } from './rule.js';

/** `missing-column`: a tracker needs its items, leads and statuses. */
export const checkColumns: Rule = ({ layout }) =>
  REQUIRED_ROLES.filter((role) => !hasRole(layout, role)).map(
    (role): Finding => ({ code: 'missing-column', sheet: layout.sheet, row: layout.headerRow, params: { role } }),
  );

