/**
 * Keys as data: what a binding is, whether a key press matches it, and how the legend and the Electron menu write it.
 * Pure (no DOM): the control window's key handler, its legend and the Electron menu all read these.
 */
import { own } from '../util/own';

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

/** The room's chords: Alt (Option) + a letter, never typed by accident, so they work wherever the focus is. */
export const roomChord = (letter: string): KeyBinding => ({ key: letter, alt: true, where: 'anywhere', label: letter.toUpperCase() });

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

/** Whether a binding that acts at `place` may act with the focus at `focus`. */
export function allowedAt(place: KeyPlace, focus: FocusPlace): boolean {
  if (place === 'anywhere' || focus === 'outside') return true;
  return place === 'outsideOrEmptyCapture' && focus === 'emptyCapture';
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
  return own(names, key) ?? (key.length === 1 ? key.toUpperCase() : key);
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
