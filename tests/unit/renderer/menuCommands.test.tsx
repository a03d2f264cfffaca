// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { LinkContext } from '../../../renderer/app/linkContext';
import type { CommandWindow } from '../../../renderer/control/commands/runCommand';
import { useMenuCommands } from '../../../renderer/control/commands/useMenuCommands';
import { FakeLink } from './fakeLink';
import { mountReact } from './mountReact';
import { recordingCommandWindow } from './recordingCommandWindow';

function Listener({ context }: { context: CommandWindow }) {
  useMenuCommands(context);
  return null;
}

function mount(hasSession: boolean): { link: FakeLink; ran: string[] } {
  const link = new FakeLink();
  const ran: string[] = [];
  const context = recordingCommandWindow(hasSession, ran);
  mountReact(
    <LinkContext.Provider value={link}>
      <Listener context={context} />
    </LinkContext.Provider>,
  );
  return { link, ran };
}

describe('menu items run in the control window', () => {
  it('Message to the Room… and Keyboard Shortcuts open their dialogs, as the keys do', () => {
    const { link, ran } = mount(true);
    act(() => link.push({ kind: 'command', id: 'message' }));
    act(() => link.push({ kind: 'command', id: 'legend' }));
    expect(ran).toEqual(['openMessage', 'showLegend']);
  });

  it('Edit ▸ Undo and Redo run the window’s undo and redo (the session’s, as no text box keeps them)', () => {
    const { link, ran } = mount(true);
    act(() => link.push({ kind: 'command', id: 'undo' }));
    act(() => link.push({ kind: 'command', id: 'redo' }));
    expect(ran).toEqual(['session.undo', 'session.redo']);
  });

  it('a command that needs a session does nothing without one; the legend still opens', () => {
    const { link, ran } = mount(false);
    act(() => link.push({ kind: 'command', id: 'message' }));
    act(() => link.push({ kind: 'command', id: 'legend' }));
    expect(ran).toEqual(['showLegend']);
  });

  it('nothing runs while a dialog is already open', () => {
    const { link, ran } = mount(true);
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    act(() => link.push({ kind: 'command', id: 'legend' }));
    dialog.remove();
    expect(ran).toEqual([]);
  });
});
