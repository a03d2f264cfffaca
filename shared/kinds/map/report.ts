import { inlineText } from '../../report/markdownText';
import { noteList, noteNumbered } from '../../report/noteItems';
import { countOf, formatPercent } from '../../report/reportFormat';
import type { ReportBlocks } from '../../report/reportFormat';
import type { SessionState } from '../../session/types';
import { mapNotes, QUADRANT_ORDER, quadrantName, quadrantOf } from './index';
import type { MapActivity, MapAxis } from './schema';

function axisLine(name: string, axis: MapAxis, direction: string): string {
  const label = inlineText(axis.label);
  return `${name}: ${label ? `${label}, ` : ''}from **${inlineText(axis.from) || 'low'}** to **${inlineText(axis.to) || 'high'}** (${direction})`;
}

/** Map in the report: a list per quadrant (2-D) or an ordered list along the axis (1-D), then the notes not yet placed. */
export function mapSection(session: SessionState, activity: MapActivity): ReportBlocks {
  const { placed, unplaced } = mapNotes(session, activity, { includeHidden: true });
  if (placed.length === 0 && unplaced.length === 0) return ['No notes were captured.'];
  const blocks: ReportBlocks = [];
  if (activity.y) {
    blocks.push(`- ${axisLine('Across', activity.x, 'left to right')}\n- ${axisLine('Up', activity.y, 'bottom to top')}`);
    for (const quadrant of QUADRANT_ORDER) {
      const inQuadrant = placed.filter((note) => note.position !== null && quadrantOf(note.position) === quadrant);
      blocks.push(`### ${inlineText(quadrantName(activity, quadrant))}: ${countOf(inQuadrant.length, 'note')}`);
      blocks.push(inQuadrant.length === 0 ? 'Nothing placed here.' : noteList(inQuadrant));
    }
  } else {
    const from = inlineText(activity.x.from) || 'the start';
    const to = inlineText(activity.x.to) || 'the end';
    blocks.push(`${axisLine('Along', activity.x, 'left to right')}, with each note's place from 0% (${from}) to 100% (${to}).`);
    const ordered = placed
      .map((note, index) => ({ note, index, x: note.position?.x ?? 0 }))
      .sort((a, b) => a.x - b.x || a.index - b.index);
    blocks.push(`### Placed: ${countOf(ordered.length, 'note')}`);
    blocks.push(ordered.length === 0 ? 'No notes were placed yet.' : ordered.map(({ note, x }, index) => noteNumbered(index + 1, note, ` *(at ${formatPercent(x)})*`)).join('\n'));
  }
  if (unplaced.length > 0) blocks.push(`### Not placed: ${countOf(unplaced.length, 'note')}`, noteList(unplaced));
  return blocks;
}
