import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import { RATINGS, type RatingCounts } from '../../engine/profile/brag.js';
import type { PlanTotal, TrackerReport } from '../../engine/report/workbook-report.js';
import { wholePercentages } from '../../engine/summary/count-ratings.js';
import { useProfile } from '../hooks/host-context.js';
import { ratingLabel } from '../text/rating-words.js';
import { RatingSwatch } from './RatingSwatch.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase300 },
  label: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXXS} 0` },
  number: { textAlign: 'right', paddingLeft: tokens.spacingHorizontalS, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  rowHeader: { fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
  columnHeader: {
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'right',
    paddingLeft: tokens.spacingHorizontalS,
    whiteSpace: 'nowrap',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  statusHeader: { textAlign: 'left', paddingLeft: 0 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalXS },
  key: { fontSize: tokens.fontSizeBase200 },
  keyEntries: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: 0, listStyleType: 'none' },
});

/** Per tracker: the items in each BRAG category, with whole percentages that add up to 100. */
export function TrackerCounts({ tracker }: { tracker: TrackerReport }): JSX.Element {
  const styles = useStyles();
  const several = tracker.ratings.length > 1;
  return (
    <section className={styles.section} aria-label={`Counts for ${tracker.sheet}`} data-testid={`counts-${tracker.sheet}`}>
      <Subtitle2 as="h2">{tracker.sheet}</Subtitle2>
      <Caption1>
        Header row {tracker.headerRow}, {tracker.items} {tracker.items === 1 ? 'item' : 'items'}
      </Caption1>
      {tracker.key && <KeyLine trackerKey={tracker.key} />}
      {tracker.ratings.map((rating) => (
        <CountsTable
          key={rating.column}
          counts={rating.counts}
          caption={several ? `${rating.header} (column ${rating.column})` : `By ${rating.header.toLowerCase() || 'status'} (column ${rating.column})`}
        />
      ))}
    </section>
  );
}

/** The tracker's own key in one line, its entries a click away. */
function KeyLine({ trackerKey }: { trackerKey: NonNullable<TrackerReport['key']> }): JSX.Element {
  const styles = useStyles();
  const profile = useProfile();
  const count = trackerKey.entries.length;
  return (
    <details className={styles.key} data-testid="tracker-key">
      <summary>
        Key read from {trackerKey.sheet} {trackerKey.range}: {count} {count === 1 ? 'entry' : 'entries'}
      </summary>
      <ul className={styles.keyEntries}>
        {trackerKey.entries.map((entry) => (
          <li key={`${entry.written}-${entry.category}`} className={styles.label}>
            <RatingSwatch rating={entry.category} />
            &ldquo;{entry.written}&rdquo; is {ratingLabel(entry.category, profile)}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The whole plan, when the workbook holds several trackers (one sheet per priority). */
export function PlanTotalCounts({ total }: { total: PlanTotal }): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-label="Counts for the whole plan" data-testid="counts-plan-total">
      <Subtitle2 as="h2">Whole plan</Subtitle2>
      <Caption1>
        {total.items} {total.items === 1 ? 'item' : 'items'} across {total.trackers} trackers
      </Caption1>
      <CountsTable counts={total.statusCounts} caption="By status, every tracker together" />
    </section>
  );
}

function CountsTable({ counts, caption }: { counts: RatingCounts; caption: string }): JSX.Element {
  const styles = useStyles();
  const profile = useProfile();
  const percentages = wholePercentages(counts);
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={mergeClasses(styles.columnHeader, styles.statusHeader)}>
            Status
          </th>
          <th scope="col" className={styles.columnHeader}>
            Items
          </th>
          <th scope="col" className={styles.columnHeader}>
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {RATINGS.filter((rating) => rating !== 'unrated' || counts.unrated > 0).map((rating) => (
          <tr key={rating} data-rating={rating}>
            <th scope="row" className={styles.rowHeader}>
              <span className={styles.label}>
                <RatingSwatch rating={rating} />
                {ratingLabel(rating, profile)}
              </span>
            </th>
            <td className={styles.number} data-testid={`count-${rating}`}>
              {counts[rating]}
            </td>
            <td className={styles.number} data-testid={`percent-${rating}`}>
              {percentages[rating]}%
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
