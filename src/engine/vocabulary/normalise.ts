import { remembering } from '../text/remember.js';

/**
 * The key two wordings share when they differ only in case, spacing, dashes, commas or "&"/"and":
 * "In progress – some delays" and "in progress, some delays" both become "in progress some delays".
 */
export function wordingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[&+]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && word !== 'and')
    .join(' ');
}

/**
 * wordingKey remembering the texts it has seen, for reading down a column where the same few
 * wordings repeat (statuses, leads, dates). Forgets everything once it holds `limit` texts.
 */
export function rememberingWordingKey(limit: number): (text: string) => string {
  return remembering(wordingKey, limit);
}

/** Text as written, with runs of whitespace made one space: what "the same spelling" means. */
export function spelling(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
