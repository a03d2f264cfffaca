/**
 * The one table of commands: key handling (useKeyboardCommands), the on-screen legend (KeyLegend,
 * KeyLegendDialog) and the Electron application menu (electron/shell/menu.ts) all read it.
 * Pure data and functions (no DOM), so the Electron shell can import it too.
 */
import type { CommandId as ProtocolCommandId } from '../../shared/protocol/commandIds';

/** One key combination. `mod` means Ctrl, or Cmd on a Mac. */
export interface KeyBinding {
  /** KeyboardEvent.key, compared without case for letters. */
  key: string;
  mod?: boolean;
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
  /** Takes back the newest session step, or the typing of a text box that keeps the key (renderer/commands/textUndo.ts). */
  undo(): void;
  /** Brings back the newest undone session step, or the text box's undone typing. */
  redo(): void;
}

/** The id of a command (the list lives in shared/protocol, so the Electron menu can ask the control window to run one). */
export type CommandId = ProtocolCommandId;

/** Where a command sits in the application menu. */
export type MenuSection = 'file' | 'edit' | 'present' | 'help';

/** A command: its keys, where it appears, and what it does. */
export interface CommandSpec {
  id: CommandId;
  label: string;
  keys: readonly KeyBinding[];
  /** True for Ctrl/Cmd shortcuts that should work even while the focus is in a text box. */
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
    keys: [{ key: 'ArrowRight', label: '→' }, { key: 'ArrowDown', label: '↓' }, { key: 'PageDown', label: 'PgDn' }],
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
    keys: [{ key: 'ArrowLeft', label: '←' }, { key: 'ArrowUp', label: '↑' }, { key: 'PageUp', label: 'PgUp' }],
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
    keys: [{ key: ' ', label: 'Space' }],
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
    keys: [{ key: 'b', label: 'B' }, { key: '.', label: '.' }],
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
    keys: [{ key: 'w', label: 'W' }, { key: ',', label: ',' }],
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
    keys: [{ key: 'f', label: 'F' }],
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
    keys: [{ key: 'm', label: 'M' }],
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
    keys: [{ key: 'x', label: 'X' }],
    whileTyping: false,
    needsSession: false,
    inLegend: true,
    menu: { section: 'present', label: 'Swap Displays' },
    run: (context) => context.swapDisplays(),
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

/** Whether a key press is exactly this binding (Shift is ignored for keys without letters, like arrows, unless the binding says). */
export function matchesBinding(press: KeyPress, binding: KeyBinding): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== Boolean(binding.mod)) return false;
  if (press.key.toLowerCase() !== binding.key.toLowerCase()) return false;
  const shift = shiftRule(binding);
  return shift === null || press.shiftKey === shift;
}

/** Whether some key press would match both bindings. */
export function bindingsOverlap(a: KeyBinding, b: KeyBinding): boolean {
  if (a.key.toLowerCase() !== b.key.toLowerCase() || Boolean(a.mod) !== Boolean(b.mod)) return false;
  const shiftA = shiftRule(a);
  const shiftB = shiftRule(b);
  return shiftA === null || shiftB === null || shiftA === shiftB;
}

/** The command a key press asks for, given whether the focus is in a text field. */
export function findCommand(press: KeyPress, typing: boolean, table: readonly CommandSpec[] = commandTable): CommandSpec | undefined {
  return table.find((command) => (command.whileTyping || !typing) && command.keys.some((binding) => matchesBinding(press, binding)));
}

/** How the legend writes a binding: "Ctrl+S", "⌘⇧S", "→". */
export function formatBinding(binding: KeyBinding, mac: boolean): string {
  const key = binding.label ?? binding.key;
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
  return [binding.mod ? 'CmdOrCtrl' : null, binding.shift ? 'Shift' : null, acceleratorKey(binding.key)].filter(Boolean).join('+');
}

/**
 * Whether the menu may register the binding with the system. Plain keys (letters, arrows, Space, Esc) are
 * left to the window, which ignores them while the facilitator types; the menu only shows them.
 */
export function registersAccelerator(binding: KeyBinding): boolean {
  return Boolean(binding.mod) || /^F\d{1,2}$/.test(binding.key);
}
