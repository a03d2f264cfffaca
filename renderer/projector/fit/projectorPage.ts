import type { SessionState } from '../../../shared/session/types';

/** Which page of an activity's folded notes the room is shown (0: the usual view, the newest). */
export function projectorPage(session: SessionState, activityId: string): number {
  const pages = session.presenter.pages;
  return pages && Object.hasOwn(pages, activityId) ? (pages[activityId] ?? 0) : 0;
}
