import { parse, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';

/** Where a text stops being JSON, and what a person most likely did there. */
export interface JsonMistake {
  /** 1-based line and column of the mistake (the character to look at). */
  line: number;
  column: number;
  /** The mistake in a facilitator's words, with what to do. */
  hint: string;
  /** Whether the text ends in the middle of something (a file cut short, or a closing } forgotten). */
  endsEarly: boolean;
}

const CURLY_QUOTES = /[\u201c\u201d\u2018\u2019\u00ab\u00bb]/;

/**
 * Finds the first JSON mistake in `text` (null when it is JSON), read by a strict JSON scanner (jsonc-parser, with
 * comments and trailing commas refused as JSON.parse refuses them) because the engine's own messages differ between
 * versions and do not always give a position. The hint names the usual hand-written slips: a trailing comma, a
 * comment, curly quotes, a tab or line break or an unescaped quote inside text, a field name without quotes, a
 * missing comma, a missing closing brace, something after the end.
 */
export function findJsonMistake(text: string): JsonMistake | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  const { offset } = first;
  // The scanner's codes are a const enum, so they are compared by name.
  const error = printParseErrorCode(first.error);
  const at = text.charAt(offset);
  const before = previousVisible(text, offset);
  const endsEarly = offset >= text.trimEnd().length;
  let where = offset;
  let hint: string;
  if (error !== 'InvalidCommentToken' && isWholeValue(text.slice(0, offset))) {
    hint = "there is more after the workshop's closing }; remove it (or a } before it is one too many).";
  } else if (error === 'InvalidCommentToken') {
    hint = 'JSON has no comments; remove this one (a note for people can go in "summary" or an activity\'s script).';
  } else if ((error === 'PropertyNameExpected' || error === 'ValueExpected') && before.char === ',' && (at === '}' || at === ']')) {
    where = before.offset;
    hint = `there is a comma after the last item; JSON allows none before ${at}, so remove it.`;
  } else if (CURLY_QUOTES.test(at)) {
    hint = 'curly quotes (“ ” ‘ ’) are not JSON quotes; use straight double quotes (") — a word processor may have changed them.';
  } else if (error === 'InvalidCharacter') {
    where = firstControlCharacter(text, offset);
    hint = 'a tab or line break inside quotes; write it as \\t or \\n, or keep the text on one line.';
  } else if (error === 'UnexpectedEndOfString' && !text.slice(offset).includes('\n')) {
    return { ...lineAndColumn(text, offset), hint: 'the file ends inside text in quotes; it looks cut off (truncated), perhaps while it was being saved or copied.', endsEarly: true };
  } else if (error === 'UnexpectedEndOfString') {
    hint = 'text in quotes is not closed on its line; add the closing ", or write a line break inside text as \\n.';
  } else if (error === 'InvalidSymbol' && before.char === '"' && /[\p{L}\p{N}]/u.test(at)) {
    hint = 'a quote inside text must be written \\" (here the text seems to end early).';
  } else if (error === 'InvalidSymbol' && (before.char === '{' || before.char === ',') && /[\p{L}_$]/u.test(at)) {
    const name = /^[\p{L}\p{N}_$]+/u.exec(text.slice(offset))?.[0] ?? at;
    hint = `field names need double quotes, like "${name}".`;
  } else if ((error === 'CloseBraceExpected' || error === 'CloseBracketExpected') && endsEarly) {
    const closer = error === 'CloseBraceExpected' ? '}' : ']';
    hint = `the file ends before its closing ${closer}; add the ${closer} that is missing at the end (or, if the file was cut off while being copied, copy it again).`;
  } else if (error === 'CommaExpected' || error === 'CloseBraceExpected' || error === 'CloseBracketExpected') {
    hint = 'a comma is missing between two fields or items, just before here.';
  } else if (error === 'ColonExpected') {
    hint = 'a colon (:) is missing after the field name.';
  } else if (endsEarly) {
    hint = 'the file ends in the middle of a value; it looks cut off (truncated), perhaps while it was being saved or copied.';
  } else {
    hint = 'a value is missing or mistyped here (text needs double quotes; true, false and null are lower case).';
  }
  const { line, column } = lineAndColumn(text, where);
  return { line, column, hint, endsEarly };
}

/** Whether `text` is one whole JSON value (what comes after it is extra). */
function isWholeValue(text: string): boolean {
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The last character before `offset` that is not white space, and where it is. */
function previousVisible(text: string, offset: number): { char: string; offset: number } {
  for (let index = offset - 1; index >= 0; index--) {
    const char = text.charAt(index);
    if (!/\s/.test(char)) return { char, offset: index };
  }
  return { char: '', offset: 0 };
}

/** The first character below U+0020 from `offset` on (the scanner reports the string that holds it). */
function firstControlCharacter(text: string, offset: number): number {
  for (let index = offset; index < text.length; index++) if (text.charCodeAt(index) < 0x20) return index;
  return offset;
}

/** 1-based line and column of a character, counting a column per UTF-16 unit as editors show it. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
