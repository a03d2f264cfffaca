/**
 * The one table of commands: key handling (useKeyboardCommands), the on-screen legend (KeyLegend,
 * KeyLegendDialog) and the Electron application menu (electron/shell/menu.ts) all read it.
 * Pure data and functions (no DOM), so the Electron shell can import it too.
 */
import type { CommandId as ProtocolCommandId } from '../../shared/protocol/commandIds';

/**
 * Where the focus may be for a binding to act:
 * - `outside`: only when the focus is not in a text box (the room's single keys: B, period, arrows, Esc, ?);
 * - `outsideOrEmptyCapture`: also in the capture box while it is empty (Space: a note never starts with a space);
 * - `anywhere`: even while typing (Ctrl/Cmd and Alt chords, F5, PageUp/PageDown from a clicker).
 */
export type KeyPlace = 'outside' | 'outsideOrEmptyCapture' | 'anywhere';

/** Where the focus is when a key is pressed, as the key model sees it. */
export type FocusPlace = 'outside' | 'emptyCapture' | 'text';

/** One key combination. `mod` means Ctrl, or Cmd on a Mac; `alt` means Alt, or Option on a Mac. */
export interface KeyBinding {
  /** KeyboardEvent.key, compared without case for letters. With `alt`, a letter is matched by its physical key (KeyboardEvent.code), since Option changes the character on a Mac. */
  key: string;
  mod?: boolean;
  alt?: boolean;
  /** Where the focus may be; absent means what the command's `whileTyping` says. */
  where?: KeyPlace;
  /**
   * Letters and Ctrl/Cmd shortcuts always compare Shift (absent means "not pressed"). For other keys,
   * absent means "either way" (arrows, `?`), `true` or `false` says exactly.
   */
  shift?: boolean;
  /** How the legend writes the key. */
  label?: string;
}

/** What a keyboard command can do in the control window. */
export interface CommandContext {
  hasSession: boolean;
  next(): void;
  previous(): void;
  toggleBlackout(): void;
  toggleWhite(): void;
  toggleFreeze(): void;
  openMessage(): void;
  returnToLive(): void;
  present(): void;
  presentFromCurrent(): void;
  showLegend(): void;
  toggleTimer(): void;
  save(): void;
  saveAs(): void;
  open(): void;
  exportReport(): void;
  swapDisplays(): void;
  /** Puts the focus in the current activity's capture box. */
  focusCapture(): void;
  /** Takes back the newest session step, or the typing of a text box that keeps the key (renderer/commands/textUndo.ts). */
  undo(): void;
  /** Brings back the newest undone session step, or the text box's undone typing. */
  redo(): void;
}

/** The id of a command (the list lives in shared/protocol, so the Electron menu can ask the control window to run one). */
export type CommandId = ProtocolCommandId;

/** Where a command sits in the application menu. */
export type MenuSection = 'file' | 'edit' | 'present' | 'help';

/** The room's chords: Alt (Option) + a letter, never typed by accident, so they work wherever the focus is. */
const roomChord = (letter: string): KeyBinding => ({ key: letter, alt: true, where: 'anywhere', label: letter.toUpperCase() });

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
  run(context: CommandContext): void;
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
    run: (context) => context.next(),
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
    run: (context) => context.previous(),
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
    run: (context) => context.toggleTimer(),
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
    run: (context) => context.present(),
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
    run: (context) => context.presentFromCurrent(),
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
    run: (context) => context.toggleBlackout(),
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
    run: (context) => context.toggleWhite(),
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
    run: (context) => context.toggleFreeze(),
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
    run: (context) => context.openMessage(),
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
    run: (context) => context.returnToLive(),
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
    run: (context) => context.swapDisplays(),
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
    run: (context) => context.focusCapture(),
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
    run: (context) => context.showLegend(),
  },
  {
    id: 'save',
    label: 'Save',
    keys: [{ key: 's', mod: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: true,
    menu: { section: 'file', label: 'Save' },
    run: (context) => context.save(),
  },
  {
    id: 'saveAs',
    label: 'Save As…',
    keys: [{ key: 's', mod: true, shift: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'file', label: 'Save As…' },
    run: (context) => context.saveAs(),
  },
  {
    id: 'open',
    label: 'Open session…',
    keys: [{ key: 'o', mod: true, label: 'O' }],
    whileTyping: true,
    needsSession: false,
    inLegend: false,
    menu: { section: 'file', label: 'Open…' },
    run: (context) => context.open(),
  },
  {
    id: 'exportReport',
    label: 'Export report',
    keys: [{ key: 'e', mod: true, label: 'E' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    menu: { section: 'file', label: 'Export Report…' },
    run: (context) => context.exportReport(),
  },
  /*
   * Undo and redo: one step is one change of what the room produced or where the session is (shared/session/undo.ts).
   * The rule while typing: in a text box you typed in since it got the focus, Ctrl/Cmd+Z stays the browser's own text
   * undo while the box still holds text, and redo stays the browser's right after a text undo; otherwise (empty box,
   * untouched box, no text box) the keys undo and redo the session (renderer/commands/textUndo.ts).
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
    run: (context) => context.undo(),
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
    run: (context) => context.redo(),
  },
];

/** The parts of a key event that matching needs. */
export interface KeyPress {
  key: string;
  /** The physical key (KeyboardEvent.code); used for Alt chords. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

function isLetterKey(key: string): boolean {
  return key.length === 1 && key.toLowerCase() !== key.toUpperCase();
}

/** Whether Shift must be pressed (true), must not be (false), or does not matter (null) for this binding. */
function shiftRule(binding: KeyBinding): boolean | null {
  if (binding.mod || isLetterKey(binding.key)) return Boolean(binding.shift);
  return binding.shift ?? null;
}

/** Whether the press is the binding's key: by character, or for an Alt letter by the physical key (Option+B types "∫" on a Mac). */
function sameKey(press: KeyPress, binding: KeyBinding): boolean {
  if (press.key.toLowerCase() === binding.key.toLowerCase()) return true;
  return Boolean(binding.alt) && isLetterKey(binding.key) && press.code === `Key${binding.key.toUpperCase()}`;
}

/** Whether a key press is exactly this binding (Shift is ignored for keys without letters, like arrows, unless the binding says). */
export function matchesBinding(press: KeyPress, binding: KeyBinding): boolean {
  if (press.altKey !== Boolean(binding.alt)) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== Boolean(binding.mod)) return false;
  if (!sameKey(press, binding)) return false;
  const shift = shiftRule(binding);
  return shift === null || press.shiftKey === shift;
}

/** Whether some key press would match both bindings. */
export function bindingsOverlap(a: KeyBinding, b: KeyBinding): boolean {
  if (a.key.toLowerCase() !== b.key.toLowerCase() || Boolean(a.mod) !== Boolean(b.mod) || Boolean(a.alt) !== Boolean(b.alt)) return false;
  const shiftA = shiftRule(a);
  const shiftB = shiftRule(b);
  return shiftA === null || shiftB === null || shiftA === shiftB;
}

/** Where a binding of this command may act. */
export function bindingPlace(command: CommandSpec, binding: KeyBinding): KeyPlace {
  return binding.where ?? (command.whileTyping ? 'anywhere' : 'outside');
}

function allowedAt(place: KeyPlace, focus: FocusPlace): boolean {
  if (place === 'anywhere' || focus === 'outside') return true;
  return place === 'outsideOrEmptyCapture' && focus === 'emptyCapture';
}

/**
 * The command a key press asks for, given where the focus is (`true` means typing in a text box, `false`
 * outside one). In the empty capture box only Space (the timer) acts besides the chords; elsewhere in text, only chords.
 */
export function findCommand(press: KeyPress, focus: FocusPlace | boolean, table: readonly CommandSpec[] = commandTable): CommandSpec | undefined {
  const place: FocusPlace = focus === true ? 'text' : focus === false ? 'outside' : focus;
  return table.find((command) => command.keys.some((binding) => allowedAt(bindingPlace(command, binding), place) && matchesBinding(press, binding)));
}

/** How the legend writes a binding: "Ctrl+S", "⌘⇧S", "→". */
export function formatBinding(binding: KeyBinding, mac: boolean): string {
  const key = binding.label ?? binding.key;
  if (binding.alt) return mac ? `⌥${key}` : `Alt+${key}`;
  if (!binding.mod) return key;
  if (mac) return `⌘${binding.shift ? '⇧' : ''}${key}`;
  return `Ctrl+${binding.shift ? 'Shift+' : ''}${key}`;
}

/** Electron's name for a key, for menu accelerators. */
function acceleratorKey(key: string): string {
  const names: Record<string, string> = { ' ': 'Space', ArrowRight: 'Right', ArrowLeft: 'Left', ArrowUp: 'Up', ArrowDown: 'Down', Escape: 'Esc' };
  return names[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** A binding as an Electron menu accelerator: "CmdOrCtrl+Shift+S", "Shift+F5", "B". */
export function toAccelerator(binding: KeyBinding): string {
  return [binding.mod ? 'CmdOrCtrl' : null, binding.alt ? 'Alt' : null, binding.shift ? 'Shift' : null, acceleratorKey(binding.key)].filter(Boolean).join('+');
}

/**
 * Whether the menu may register the binding with the system. Plain keys (letters, arrows, Space, Esc) are
 * left to the window, which ignores them while the facilitator types; the menu only shows them.
 */
export function registersAccelerator(binding: KeyBinding): boolean {
  return Boolean(binding.mod) || /^F\d{1,2}$/.test(binding.key);
}
