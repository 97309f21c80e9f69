import { makeStyles, tokens } from '@fluentui/react-components';
import type { JSX } from 'react';
import type { Rating } from '../../engine/profile/brag.js';
import { useProfile } from '../hooks/host-context.js';

const useStyles = makeStyles({
  swatch: {
    display: 'inline-block',
    width: '14px',
    height: '14px',
    flexShrink: 0,
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'middle',
  },
});

/** The rating's colour from the profile's palette; always shown beside its words, never alone. */
export function RatingSwatch({ rating }: { rating: Rating }): JSX.Element {
  const styles = useStyles();
  const colours = useProfile().palette[rating];
  return <span className={styles.swatch} style={{ backgroundColor: colours.fill }} aria-hidden="true" data-rating={rating} />;
}
