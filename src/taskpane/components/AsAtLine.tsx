import { Body1Strong, Caption1, makeStyles } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { WorkbookReport } from '../../engine/report/workbook-report.js';
import { asAtDate, asAtSourceText } from '../text/as-at.js';

const useStyles = makeStyles({ block: { display: 'flex', flexDirection: 'column' } });

/** "as at 31 March 2025", and where that date came from. */
export function AsAtLine({ report }: { report: WorkbookReport }): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.block}>
      <Body1Strong>{asAtDate(report.asAt)}</Body1Strong>
      <Caption1>{asAtSourceText(report)}</Caption1>
    </div>
  );
}
