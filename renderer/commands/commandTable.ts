/** One key combination. `mod` means Ctrl, or Cmd on a Mac. */
export interface KeyBinding {
  /** KeyboardEvent.key, compared without case for letters. */
  key: string;
  mod?: boolean;
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
  toggleTimer(): void;
  save(): void;
  saveAs(): void;
  open(): void;
  exportReport(): void;
}

/** The id of a keyboard command. */
export type CommandId = 'next' | 'previous' | 'blackout' | 'timer' | 'save' | 'saveAs' | 'open' | 'exportReport';

/** A keyboard command: its keys, whether it works while typing, and what it does. */
export interface CommandSpec {
  id: CommandId;
  label: string;
  keys: readonly KeyBinding[];
  /** True for Ctrl/Cmd shortcuts that should work even while the focus is in a text box. */
  whileTyping: boolean;
  needsSession: boolean;
  /** Shown in the on-screen legend. */
  inLegend: boolean;
  /** Shorter wording for the legend, when the label is long. */
  legendLabel?: string;
  run(context: CommandContext): void;
}

/** Every keyboard shortcut of the control window. It drives both key handling and the legend. */
export const commandTable: readonly CommandSpec[] = [
  {
    id: 'next',
    label: 'Next activity',
    legendLabel: 'Next',
    keys: [{ key: 'ArrowRight', label: '→' }, { key: 'ArrowDown', label: '↓' }, { key: 'PageDown', label: 'PgDn' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
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
    run: (context) => context.toggleTimer(),
  },
  {
    id: 'blackout',
    label: 'Blackout projector',
    legendLabel: 'Blackout',
    keys: [{ key: 'b', label: 'B' }],
    whileTyping: false,
    needsSession: true,
    inLegend: true,
    run: (context) => context.toggleBlackout(),
  },
  {
    id: 'save',
    label: 'Save',
    keys: [{ key: 's', mod: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: true,
    run: (context) => context.save(),
  },
  {
    id: 'saveAs',
    label: 'Save As…',
    keys: [{ key: 's', mod: true, shift: true, label: 'S' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    run: (context) => context.saveAs(),
  },
  {
    id: 'open',
    label: 'Open session…',
    keys: [{ key: 'o', mod: true, label: 'O' }],
    whileTyping: true,
    needsSession: false,
    inLegend: false,
    run: (context) => context.open(),
  },
  {
    id: 'exportReport',
    label: 'Export report',
    keys: [{ key: 'e', mod: true, label: 'E' }],
    whileTyping: true,
    needsSession: true,
    inLegend: false,
    run: (context) => context.exportReport(),
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

/** Whether a key press is exactly this binding (Shift is ignored for keys without letters, like arrows). */
export function matchesBinding(press: KeyPress, binding: KeyBinding): boolean {
  if (press.altKey) return false;
  const mod = press.ctrlKey || press.metaKey;
  if (mod !== Boolean(binding.mod)) return false;
  if (press.key.toLowerCase() !== binding.key.toLowerCase()) return false;
  const isLetter = binding.key.length === 1 && binding.key.toLowerCase() !== binding.key.toUpperCase();
  if (binding.mod || isLetter) return press.shiftKey === Boolean(binding.shift);
  return true;
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
