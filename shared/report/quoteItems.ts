import type { Activity } from '../session/types';
import { blockText, inlineText } from './markdownText';

/** A passage an activity quotes, and who said or wrote it. */
export type Quote = NonNullable<Activity['quotes']>[number];

/**
 * A quote as a Markdown block quote: the words with their own lines, then "— who" on the last line, both escaped.
 * Empty when the quote holds nothing visible.
 */
export function quoteBlock(quote: Quote): string {
  const words = blockText(quote.text, '> ');
  const by = inlineText(quote.by);
  return [...(words ? [`> ${words}`] : []), ...(by ? [`> — ${by}`] : [])].join('\\\n');
}

/** An activity's quotes as blocks under `label` (a heading or a bold line); none when it quotes nothing. */
export function quoteBlocks(activity: Pick<Activity, 'quotes'>, label: string): string[] {
  const blocks = (activity.quotes ?? []).map(quoteBlock).filter((block) => block !== '');
  return blocks.length > 0 ? [label, ...blocks] : [];
}
