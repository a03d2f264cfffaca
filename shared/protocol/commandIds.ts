/**
 * The ids of the control window's commands (shared/commands/commandTable.ts holds their keys and what each one does).
 * The protocol knows them so the Electron menu can ask the control window to run one ({ kind: 'command' }).
 */
export const COMMAND_IDS = [
  'next',
  'previous',
  'timer',
  'blackout',
  'white',
  'freeze',
  'message',
  'join',
  'phones',
  'review',
  'live',
  'present',
  'presentFromCurrent',
  'swapDisplays',
  'focusCapture',
  'legend',
  'save',
  'saveAs',
  'open',
  'exportReport',
  'undo',
  'redo',
] as const;

/** The id of a command of the control window. */
export type CommandId = (typeof COMMAND_IDS)[number];

/** Whether a value is the id of a command. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}
