/**
 * One rule for the names Groundwork gives files (save as, report export,
 * workshop files, suggested names): a name must work on Windows, macOS and
 * Linux alike, because a session file travels on a stick between them.
 */

/** Characters Windows refuses in a name (and `/` everywhere; `:` shows as `/` in the Finder). */
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/gu;
/** Control characters: line breaks, tabs, NUL… */
const CONTROL_CHARACTERS = /\p{Cc}/gu;
/** Invisible marks that change the direction of text, so "evil\u202Egpj.md" shows as "evildm.jpg". */
const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
/** Half of a character (a lone surrogate), which no file system can store. */
const BROKEN_CHARACTERS = /\p{Cs}/gu;
/** Names Windows keeps for devices, with or without an extension (`CON`, `nul.txt`, `COM1.groundwork`). */
const DEVICE_NAMES = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])$/iu;
/** Longest name, in bytes of UTF-8 (Linux allows 255; leave room for the `.bak` and temporary names beside it). */
export const MAX_FILE_NAME_BYTES = 200;

/** The part of a name Windows compares with its device names: before the first dot, without trailing spaces. */
function deviceStem(name: string): string {
  return (name.split('.')[0] ?? '').trimEnd();
}

/** Bytes the text takes in UTF-8 (shared code has no TextEncoder). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * Why `name` (one file name, extension included, no folders) would not work
 * on every system, as a sentence saying what to change; null when it works.
 */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Give the file a name.';
  if (new RegExp(CONTROL_CHARACTERS.source, 'u').test(name)) return 'The name contains a line break, a tab or another invisible control character. Type it again on one line.';
  if (new RegExp(DIRECTION_MARKS.source, 'u').test(name)) return 'The name contains an invisible mark that reverses the direction of the text, which can make a name look like another. Type it again without it.';
  if (new RegExp(BROKEN_CHARACTERS.source, 'u').test(name)) return 'The name contains a broken character. Type it again.';
  const reserved = [...new Set(name.match(RESERVED_CHARACTERS) ?? [])];
  if (reserved.length > 0) return `The name contains ${reserved.join(' ')}, which Windows does not allow in file names. Leave ${reserved.length === 1 ? 'it' : 'them'} out or use a dash.`;
  if (name.startsWith('.')) return 'Give the file a name that does not start with a dot.';
  if (/[. ]$/u.test(name)) return 'The name ends with a dot or a space, which Windows drops. Remove it.';
  const stem = deviceStem(name);
  if (DEVICE_NAMES.test(stem)) return `"${stem}" is a name Windows keeps for a device, so the file could not be opened there. Add a word, for example "${stem} notes".`;
  if (utf8Length(name) > MAX_FILE_NAME_BYTES) return 'The name is too long for some systems. Shorten it.';
  return null;
}

/**
 * A name that works everywhere, made from free text (a group's name, a file
 * name found on disk): what the rule refuses is replaced or dropped; the
 * extension is kept. `fallback` is used when nothing is left.
 */
export function safeFileName(stem: string, extension: string, fallback: string): string {
  let cleaned = stem
    .replace(CONTROL_CHARACTERS, ' ')
    .replace(DIRECTION_MARKS, '')
    .replace(BROKEN_CHARACTERS, '')
    .replace(RESERVED_CHARACTERS, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[. ]+/u, '');
  const budget = MAX_FILE_NAME_BYTES - utf8Length(extension) - 1;
  cleaned = [...cleaned].slice(0, budget).join('');
  while (utf8Length(cleaned) > budget) cleaned = [...cleaned].slice(0, -1).join('');
  cleaned = cleaned.replace(/[. ]+$/u, '');
  if (cleaned === '') cleaned = fallback;
  if (DEVICE_NAMES.test(deviceStem(cleaned))) cleaned = cleaned.replace(/^[^.]*/u, (device) => `${device.trimEnd()}_`);
  return `${cleaned}${extension}`;
}
