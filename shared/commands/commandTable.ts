/**
 * The one table of commands: each command's keys, labels, menu place and behaviour, declared once. The control
 * window's key handler and legend (renderer/control/commands/) and the Electron application menu (electron/shell/menu.ts,
 * menuCommands.ts) all read it; commandEffect.ts turns an id into what to do. Pure data and functions (no DOM).
 */
import type { CommandId } from '../protocol/commandIds';
import { own } from '../util/own';
import type { CommandBehaviour } from './commandEffect';
import { allowedAt, matchesBinding, roomChord } from './keyBindings';
import type { FocusPlace, KeyBinding, KeyPlace, KeyPress } from './keyBindings';

/** Where a command sits in the application menu. */
export type MenuSection = 'file' | 'edit' | 'present' | 'help';

/** A command: its keys, where it appears, and what it does. */
export interface CommandSpec {
  id: CommandId;
  label: string;
  keys: readonly KeyBinding[];
  /** True for chords that work even while the focus is in a text box; a binding's own `where` overrides it. */
  whileTyping: boolean;
  needsSession: boolean;
  /** Shown in the one-line legend under the activity (the `?` dialog lists every command). */
  inLegend: boolean;
  /** Shorter wording for the one-line legend, when the label is long. */
  legendLabel?: string;
  /** The application menu item. Commands that open a dialog in the control window are asked of that window. */
  menu?: { section: MenuSection; label: string };
  /** What the command does (commandEffect.ts): the same from a key, the control window's menu push and the Electron menu. */
  does: CommandBehaviour;
  /** How the control window's toast begins when it fails ("Could not …: <the host's sentence>"); absent: the host's sentence alone. */
  failure?: string;
}

/** Every command of the control window, in the order the legend and the menu list them. */
export const commandTable: readonly CommandSpec[] = [
  {
    id: 'next',
    label: 'Next activity',
    legendLabel: 'Next',
    keys: [{ key: 'PageDown', label: 'PgDn', where: 'anywhere' }, { key: 'ArrowRight', label: '→' }, { key: 'ArrowDown', label: '↓' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Next Activity' },
    does: { kind: 'dispatch', command: { type: 'activity.next' } },
    failure: 'Could not go to the next activity',
  },
  {
    id: 'previous',
    label: 'Previous activity',
    legendLabel: 'Previous',
    keys: [{ key: 'PageUp', label: 'PgUp', where: 'anywhere' }, { key: 'ArrowLeft', label: '←' }, { key: 'ArrowUp', label: '↑' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Previous Activity' },
    does: { kind: 'dispatch', command: { type: 'activity.previous' } },
    failure: 'Could not go to the previous activity',
  },
  {
    id: 'timer',
    label: 'Start / pause timer',
    legendLabel: 'Start / pause',
    keys: [{ key: ' ', label: 'Space', where: 'outsideOrEmptyCapture' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Start / Pause Timer' },
    does: { kind: 'dispatch', command: { type: 'timer.toggleRoom' } },
    failure: 'Could not start or pause the timer',
  },
  {
    id: 'present',
    label: 'Open the presenter (Present)',
    legendLabel: 'Present',
    keys: [{ key: 'F5', shift: false, label: 'F5' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'present', label: 'Present' },
    does: { kind: 'window', action: 'present' },
    failure: 'Could not open the presenter',
  },
  {
    id: 'presentFromCurrent',
    label: 'Present from the current activity (open the presenter, back to live)',
    legendLabel: 'Present from here',
    keys: [{ key: 'F5', shift: true, label: 'Shift+F5' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'present', label: 'Present from Current Activity' },
    does: { kind: 'window', action: 'present', first: { type: 'presenter.returnToLive' } },
    failure: 'Could not present from the current activity',
  },
  {
    id: 'blackout',
    label: 'Black screen on the projector',
    legendLabel: 'Black',
    keys: [{ key: 'b', label: 'B' }, { key: '.', label: '.' }, roomChord('b')],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Black Screen' },
    does: { kind: 'dispatch', command: { type: 'presenter.toggleScreen', screen: 'black' } },
    failure: 'Could not change the black screen',
  },
  {
    id: 'white',
    label: 'White screen on the projector',
    legendLabel: 'White',
    keys: [roomChord('w')],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'White Screen' },
    does: { kind: 'dispatch', command: { type: 'presenter.toggleScreen', screen: 'white' } },
    failure: 'Could not change the white screen',
  },
  {
    id: 'freeze',
    label: 'Freeze the projector on this view',
    legendLabel: 'Freeze',
    keys: [roomChord('f')],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Freeze Projector' },
    does: { kind: 'dispatch', command: { type: 'presenter.toggleFreeze' } },
    failure: 'Could not freeze or unfreeze the projector',
  },
  {
    id: 'message',
    label: 'Show a message to the room…',
    legendLabel: 'Message',
    keys: [roomChord('m')],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Message to the Room…' },
    does: { kind: 'window', action: 'openMessage' },
  },
  {
    id: 'join',
    label: 'Show the room how to join from their phones (while phones are on)',
    legendLabel: 'Join screen',
    keys: [roomChord('j')],
    whileTyping: false,
    needsSession: true,
    inLegend: false,
    menu: { section: 'present', label: 'Show How to Join' },
    does: { kind: 'dispatch', command: { type: 'presenter.toggleScreen', screen: 'join' } },
    failure: 'Could not show how to join',
  },
  {
    id: 'phones',
    label: 'Phones in the room: turn on or off, addresses, who may answer…',
    legendLabel: 'Phones',
    keys: [roomChord('p')],
    whileTyping: false,
    needsSession: true,
    inLegend: false,
    menu: { section: 'present', label: 'Phones in the Room…' },
    does: { kind: 'window', action: 'openPhones' },
  },
  {
    id: 'review',
    label: 'Review phone notes waiting for approval (then A shows one to the room, H keeps it hidden)',
    legendLabel: 'Review',
    keys: [roomChord('r')],
    whileTyping: false,
    needsSession: true,
    inLegend: false,
    menu: { section: 'present', label: 'Review Phone Notes' },
    does: { kind: 'window', action: 'focusReview' },
  },
  {
    id: 'live',
    label: 'Back to live (clear black, white, message and freeze)',
    legendLabel: 'Live',
    keys: [{ key: 'Escape', label: 'Esc' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Back to Live' },
    does: { kind: 'dispatch', command: { type: 'presenter.returnToLive' } },
    failure: 'Could not return the projector to live',
  },
  {
    id: 'swapDisplays',
    label: 'Swap the screens of the presenter and this window',
    legendLabel: 'Swap screens',
    keys: [roomChord('x')],
    whileTyping: false,
    needsSession: false,
    inLegend: true,
    menu: { section: 'present', label: 'Swap Displays' },
    does: { kind: 'window', action: 'swapDisplays' },
    failure: 'Could not swap the screens',
  },
  {
    id: 'focusCapture',
    label: 'Type a note (put the focus in the capture box)',
    legendLabel: 'Type a note',
    keys: [{ key: 'k', mod: true, label: 'K' }],
    whileTyping: true,
    needsSession: true,
    inLegend: true,
    menu: { section: 'present', label: 'Type a Note' },
    does: { kind: 'window', action: 'focusCapture' },
  },
  {
    id: 'legend',
    label: 'Keyboard shortcuts',
    legendLabel: 'All keys',
    keys: [{ key: '?', label: '?' }],
    whileTyping: false,
    needsSession: false,
    inLegend: true,
    menu: { section: 'help', label: 'Keyboard Shortcuts' },
    does: { kind: 'window', action: 'showLegend' },
  },
  {
    id: 'save',
    label: 'Save',
    keys: [{ key: 's', mod: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: true,
    menu: { section: 'file', label: 'Save' },
    does: { kind: 'window', action: 'save' },
  },
  {
    id: 'saveAs',
    label: 'Save As…',
    keys: [{ key: 's', mod: true, shift: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'file', label: 'Save As…' },
    does: { kind: 'window', action: 'saveAs' },
  },
  {
    id: 'open',
    label: 'Open session…',
    keys: [{ key: 'o', mod: true, label: 'O' }],
    whileTyping: true,
    needsSession: false,
    inLegend: false,
    menu: { section: 'file', label: 'Open…' },
    does: { kind: 'window', action: 'open' },
  },
  {
    id: 'exportReport',
    label: 'Export report',
    keys: [{ key: 'e', mod: true, label: 'E' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'file', label: 'Export Report…' },
    does: { kind: 'window', action: 'exportReport' },
  },
  /*
   * Undo and redo: one step is one change of what the room produced or where the session is (shared/session/undo.ts).
   * The rule while typing: in a text box you typed in since it got the focus, Ctrl/Cmd+Z stays the browser's own text
   * undo while the box still holds text, and redo stays the browser's right after a text undo; otherwise (empty box,
   * untouched box, no text box) the keys undo and redo the session (renderer/control/commands/textUndo.ts).
   */
  {
    id: 'undo',
    label: 'Undo the last change to the session (in a text box you typed in: undo the typing first)',
    legendLabel: 'Undo',
    keys: [{ key: 'z', mod: true, label: 'Z' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'edit', label: 'Undo' },
    does: { kind: 'typingOrDispatch', direction: 'undo', command: { type: 'session.undo' } },
  },
  {
    id: 'redo',
    label: 'Redo the change undone last',
    legendLabel: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true, label: 'Z' },
      { key: 'y', mod: true, label: 'Y' },
    ],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'edit', label: 'Redo' },
    does: { kind: 'typingOrDispatch', direction: 'redo', command: { type: 'session.redo' } },
  },
];

/** Where a binding of this command may act. */
export function bindingPlace(command: CommandSpec, binding: KeyBinding): KeyPlace {
  return binding.where ?? (command.whileTyping ? 'anywhere' : 'outside');
}

/**
 * The command a key press asks for, given where the focus is (`true` means typing in a text box, `false`
 * outside one). In the empty capture box only Space (the timer) acts besides the chords; elsewhere in text, only chords.
 */
export function findCommand(press: KeyPress, focus: FocusPlace | boolean, table: readonly CommandSpec[] = commandTable): CommandSpec | undefined {
  const place: FocusPlace = focus === true ? 'text' : focus === false ? 'outside' : focus;
  return table.find((command) => command.keys.some((binding) => allowedAt(bindingPlace(command, binding), place) && matchesBinding(press, binding)));
}

/** The table's entry for a command id. */
export function commandSpec(id: CommandId): CommandSpec {
  const spec = own(commandsById, id);
  if (!spec) throw new Error(`No command "${id}" in the command table.`);
  return spec;
}

const commandsById: Readonly<Record<string, CommandSpec>> = Object.fromEntries(commandTable.map((command) => [command.id, command]));
