import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';

// Built once: the maintained English word list with its transformers (l33t speak, repeated letters, spacing), which
// also keeps words like "Scunthorpe" and "assessment" from matching.
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/**
 * Whether a phone's text may be offensive (obscenity's English set). A match never drops the text: the note is held for
 * the facilitator's review, who decides, so a false alarm costs a click and a real one never reaches the projector.
 */
export function mayBeOffensive(text: string): boolean {
  return matcher.hasMatch(text);
}
