// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { Provider } from 'react-redux';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionEvents } from '../../../../shared/session/sessionSlice';
import { managementAndLeadershipWorkshop } from '../../../../shared/workshop/builtInWorkshops';
import { createSession } from '../../../../shared/workshop/createSession';
import { ScriptPanel } from '../../../../renderer/control/script/ScriptPanel';
import { createReplicaStore } from '../../../../renderer/store/store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** The script panel of the built-in workshop's session, on one activity. */
function panelAt(activityId: string): HTMLElement {
  const store = createReplicaStore();
  const session = createSession(managementAndLeadershipWorkshop, { group: 'G', date: '2026-11-28', sessionId: 's', now: 1 });
  store.dispatch(sessionEvents.loaded({ ...session, currentActivityId: activityId }));
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(
      <Provider store={store}>
        <ScriptPanel />
      </Provider>,
    );
  });
  cleanup = () => {
    act(() => root?.unmount());
    container.remove();
  };
  return container;
}

const byTestId = (container: HTMLElement, id: string) => [...container.querySelectorAll(`[data-testid="${id}"]`)].map((element) => element.textContent);

describe('the script panel shows quotes and materials (issue #15)', () => {
  it('gives each quote word for word with who said it, as a quotation, after what to say', () => {
    const container = panelAt('close-commitments');
    const close = managementAndLeadershipWorkshop.activities.find((activity) => activity.id === 'close-commitments');
    const [quote] = close?.quotes ?? [];
    expect(byTestId(container, 'script-quote').length).toBe(close?.quotes?.length);
    expect(container.querySelector('blockquote')?.textContent).toBe(quote?.text);
    expect(byTestId(container, 'script-quote-by')[0]).toBe(`— ${quote?.by ?? ''}`);
    const order = [...container.querySelectorAll('h3')].map((heading) => heading.textContent);
    expect(order.indexOf('Quote to read')).toBe(order.indexOf('Say') + 1);
  });

  it('lists the activity’s materials, and the workshop’s only with the first activity', () => {
    const first = panelAt('opening-perceptions');
    expect(byTestId(first, 'script-workshop-materials')[0]).toContain(managementAndLeadershipWorkshop.materials?.[0] ?? '?');
    expect(first.querySelectorAll('[data-testid="script-materials"] li')).toHaveLength(managementAndLeadershipWorkshop.activities[0]?.materials?.length ?? -1);
    cleanup?.();
    const vote = panelAt('trust-breakers');
    expect(byTestId(vote, 'script-workshop-materials')).toEqual([]);
    expect(byTestId(vote, 'script-materials')[0]).toContain('Sticky dots');
  });

  it('shows no quotes or materials sections where the activity has none', () => {
    const map = panelAt('where-we-work');
    expect(byTestId(map, 'script-quotes')).toEqual([]);
    expect(byTestId(map, 'script-materials')).toEqual([]);
    expect(map.textContent).not.toContain('Materials');
  });
});
