import { commitmentsFor } from '../kinds/commitments';
import { mapNotes, QUADRANT_ORDER, quadrantName, quadrantOf } from '../kinds/map';
import { notesByColumn } from '../kinds/sort';
import { notesForActivity } from '../session/selectors';
import type { CommitmentsActivity, DiscussionActivity, MapActivity, MapAxis, ReflectionActivity, SessionState, SortActivity } from '../session/types';
import { blockText, bulletItem, inlineText } from './markdownText';
import { noteList, noteNumbered } from './noteItems';
import { countOf, formatPercent, HIDDEN_MARK } from './reportFormat';

/** The blocks of one activity's section body (paragraphs, lists, tables), joined with blank lines by the report. */
export type ReportBlocks = string[];

/** Discussion: the notes as a list. */
export function discussionSection(session: SessionState, activity: DiscussionActivity): ReportBlocks {
  const notes = notesForActivity(session, activity.id);
  return notes.length === 0 ? ['No notes were captured.'] : [noteList(notes)];
}

/** Sort: a subsection per column with its count and notes. */
export function sortSection(session: SessionState, activity: SortActivity): ReportBlocks {
  const columns = notesByColumn(session, activity, { includeHidden: true });
  if (columns.every((column) => column.notes.length === 0)) return ['No notes were sorted.'];
  return columns.flatMap(({ column, notes }, index) => {
    const label = inlineText(column.label) || `Column ${index + 1}`;
    const description = inlineText(column.description);
    return [
      `### ${label}: ${countOf(notes.length, 'note')}`,
      ...(description ? [`*${description}*`] : []),
      notes.length === 0 ? 'No notes in this column.' : noteList(notes),
    ];
  });
}

function axisLine(name: string, axis: MapAxis, direction: string): string {
  const label = inlineText(axis.label);
  return `${name}: ${label ? `${label}, ` : ''}from **${inlineText(axis.from) || 'low'}** to **${inlineText(axis.to) || 'high'}** (${direction})`;
}

/** Map: a list per quadrant (2-D) or an ordered list along the axis (1-D), then the notes not yet placed. */
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

/** Reflection: the writing prompts, then the highlights people chose to share (named only if the facilitator added a name). */
export function reflectionSection(session: SessionState, activity: ReflectionActivity): ReportBlocks {
  const prompts = activity.prompts.filter((prompt) => inlineText(prompt) !== '');
  const highlights = notesForActivity(session, activity.id);
  return [
    ...(prompts.length > 0 ? ['**Writing prompts**', prompts.map((prompt) => bulletItem(prompt)).join('\n')] : []),
    '**Shared highlights**',
    highlights.length === 0 ? 'No highlights were shared.' : noteList(highlights),
  ];
}

/** Commitments: a checklist, `- [ ] **Who** — what (by when)`. */
export function commitmentsSection(session: SessionState, activity: CommitmentsActivity): ReportBlocks {
  const commitments = commitmentsFor(session, activity.id, { includeHidden: true });
  if (commitments.length === 0) return ['No commitments were captured.'];
  const lines = commitments.map(({ note, who, what, byWhen }) => {
    const name = inlineText(who);
    const step = blockText(what, '  ') || '*(no step written)*';
    const by = inlineText(byWhen);
    return `- [ ] ${name ? `**${name}** — ` : ''}${step}${by ? ` (by ${by})` : ''}${note.hidden ? HIDDEN_MARK : ''}`;
  });
  return [lines.join('\n')];
}
