/**
 * What a tracker column holds. `status` is any rated (BRAG) column; the first one is the
 * tracker's status, and every one is counted.
 */
export const COLUMN_ROLES = ['item', 'id', 'lead', 'progress', 'status', 'due', 'area'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Without these a tracker cannot be checked: `missing-column` names the absent ones. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['item', 'lead', 'status'];
