import type { Rating } from '../profile/brag.js';
import type { StatusVocabulary } from './status-vocabulary.js';

/** The BRAG rating a status text stands for; anything outside the vocabulary is unrated. */
export function rateStatus(text: string, vocabulary: StatusVocabulary): Rating {
  if (text === '') return 'unrated';
  return vocabulary.categoryOf(text) ?? 'unrated';
}
