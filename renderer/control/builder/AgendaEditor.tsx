import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors } from '@dnd-kit/core';
import type { Announcements, DragEndEvent, UniqueIdentifier } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { KeyboardEvent } from 'react';
import { KIND_NAMES } from '../../../shared/kinds/kindNames';
import type { ActivityKind } from '../../../shared/session/types';
import type { PlanTiming } from './planTiming';
import type { ActivityDocument } from './workshopDocument';

/** What the agenda needs: the activities, which is selected, the timing, and the edits it makes. */
export interface AgendaEditorProps {
  activities: readonly ActivityDocument[];
  selected: number | null;
  timing: PlanTiming;
  /** How many problems each activity has, by index. */
  problemCounts: readonly number[];
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/** A key for each row that stays with the activity when it moves (ids can repeat in a draft, so the place breaks ties). */
function rowKeys(activities: readonly ActivityDocument[]): string[] {
  const seen = new Map<string, number>();
  return activities.map((activity) => {
    const id = typeof activity.id === 'string' ? activity.id : '';
    const times = seen.get(id) ?? 0;
    seen.set(id, times + 1);
    return times === 0 ? `a:${id}` : `a:${id}#${times}`;
  });
}

/** An activity's title for the agenda and what a screen reader hears of it. */
function titleOf(activity: ActivityDocument | undefined): string {
  return typeof activity?.title === 'string' && activity.title.trim() !== '' ? activity.title : 'Untitled activity';
}

function kindName(kind: unknown): string {
  return typeof kind === 'string' && Object.hasOwn(KIND_NAMES, kind) ? KIND_NAMES[kind as ActivityKind].control : 'Unknown kind';
}

/**
 * The agenda in order, reordered by dragging a row's handle (pointer, or Space then the arrow keys then Space, as
 * @dnd-kit announces), by Alt+↑/↓ on a row, or by its Move buttons. Each row shows its planned start and minutes.
 */
export function AgendaEditor({ activities, selected, timing, problemCounts, onSelect, onMove, onRemove }: AgendaEditorProps) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const keys = rowKeys(activities);
  const titleOfKey = (key: UniqueIdentifier | undefined): string => {
    const index = keys.indexOf(String(key));
    return index < 0 ? 'the activity' : `“${titleOf(activities[index])}”`;
  };
  const placeOfKey = (key: UniqueIdentifier | undefined): string => `place ${keys.indexOf(String(key)) + 1} of ${keys.length}`;
  // What a screen reader hears while an activity is dragged: its title and its place, never the row's internal key.
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${titleOfKey(active.id)}, at ${placeOfKey(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `${titleOfKey(active.id)} is over ${placeOfKey(over.id)}.` : `${titleOfKey(active.id)} is not over a place.`),
    onDragEnd: ({ active, over }) => (over ? `${titleOfKey(active.id)} dropped at ${placeOfKey(over.id)}.` : `${titleOfKey(active.id)} dropped where it was.`),
    onDragCancel: ({ active }) => `Moving ${titleOfKey(active.id)} was cancelled; it stays where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = keys.indexOf(String(active.id));
    const to = keys.indexOf(String(over.id));
    if (from >= 0 && to >= 0) onMove(from, to);
  };
  if (activities.length === 0) {
    return (
      <p className="builder-agenda-empty muted" data-testid="agenda-empty">
        No activities yet. Add one from the method library.
      </p>
    );
  }
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements, screenReaderInstructions: { draggable: 'To move an activity, press Space, then the arrow keys, then Space to drop it, or Escape to cancel.' } }}>
      <SortableContext items={keys} strategy={verticalListSortingStrategy}>
        <ol className="builder-agenda-list" aria-label="Agenda" data-testid="builder-agenda">
          {activities.map((activity, index) => (
            <AgendaRow
              key={keys[index]}
              rowKey={keys[index] ?? String(index)}
              activity={activity}
              index={index}
              count={activities.length}
              startsAt={timing.startsAt[index] ?? null}
              selected={selected === index}
              problems={problemCounts[index] ?? 0}
              onSelect={onSelect}
              onMove={onMove}
              onRemove={onRemove}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

interface AgendaRowProps {
  rowKey: string;
  activity: ActivityDocument;
  index: number;
  count: number;
  startsAt: string | null;
  selected: boolean;
  problems: number;
  onSelect: (index: number) => void;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

function AgendaRow({ rowKey, activity, index, count, startsAt, selected, problems, onSelect, onMove, onRemove }: AgendaRowProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: rowKey });
  const title = titleOf(activity);
  const minutes = typeof activity.plannedMinutes === 'number' ? `${activity.plannedMinutes} min` : '? min';
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < count) onMove(index, to);
  };
  return (
    <li
      ref={setNodeRef}
      className={`builder-agenda-row${selected ? ' is-selected' : ''}${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      data-testid="builder-agenda-row"
    >
      <button type="button" ref={setActivatorNodeRef} className="builder-drag" aria-label={`Drag “${title}” to move it`} {...attributes} {...listeners}>
        <span aria-hidden="true">⠿</span>
      </button>
      <button type="button" className="builder-agenda-pick" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(index)} onKeyDown={onKeyDown} title="Alt+↑ / Alt+↓ move it">
        <span className="builder-agenda-title" title={title}>
          {title}
        </span>
        <span className="builder-agenda-meta">
          {startsAt === null ? '' : <span className="builder-agenda-time">{startsAt} · </span>}
          {kindName(activity.kind)} · {minutes}
          {problems > 0 ? <span className="builder-agenda-problems"> · {problems === 1 ? '1 problem' : `${problems} problems`}</span> : null}
        </span>
      </button>
      <span className="builder-agenda-actions">
        <button type="button" className="btn-icon" aria-label={`Move “${title}” up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
          ↑
        </button>
        <button type="button" className="btn-icon" aria-label={`Move “${title}” down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
          ↓
        </button>
        <button type="button" className="btn-icon" aria-label={`Remove “${title}”`} onClick={() => onRemove(index)}>
          ×
        </button>
      </span>
    </li>
  );
}
