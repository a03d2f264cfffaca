/**
 * Turns text people typed (notes, names, workshop labels) into Markdown that
 * shows exactly that text in any viewer: it never becomes HTML, a link, a
 * heading, a table, a list, emphasis or code. Each character is backslash-escaped
 * (CommonMark allows a backslash before any ASCII punctuation) where it could
 * mean something, and only there, so the file still reads as the text people
 * typed: "check-in (and more), e.g. snake_case & 1.5 days" stays as it is.
 * Line structure is rebuilt by the caller.
 */

/**
 * Characters escaped wherever they appear: emphasis (`*`), code, links (with `[` and `]` escaped, `(`, `)` and `!` can
 * never make a link or an image), tables, strikethrough, and the maths, superscript and attribute marks of other
 * flavours.
 */
const ALWAYS_ESCAPED = /[\\`*{}[\]|~$^]/g;

/**
 * An underscore that could open or close emphasis: one not between two letters or digits (CommonMark never reads
 * `snake_case` as emphasis, so it stays as typed).
 */
const LOOSE_UNDERSCORE = /_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu;

/** A `<` that could start HTML, a comment or an autolink (`<b>`, `</p>`, `<!--`, `<?x`, `<https://…>`); "a < b" stays. */
const TAG_OPENER = /<(?=[A-Za-z/!?])/g;

/** An `&` that would be read as an entity (`&amp;`, `&#60;`); "rota & holidays" stays. */
const ENTITY_OPENER = /&(?=#?[A-Za-z0-9]+;)/g;

/** Two `=` together: the highlight mark of some flavours. */
const DOUBLE_EQUALS = /=(?==)/g;

/**
 * What only means something at the start of a line: a heading, a bullet, a quote, a setext underline or a rule, or a
 * number that starts a numbered list. "#hashtag", "-5 degrees" and "1.5 days" stay.
 */
const LINE_START_MARKER = /^(?:#{1,6}(?=\s|$)|[+-](?=\s|$)|-{2,}|[>=]|\d{1,9}[.)](?=\s|$))/;

/**
 * A dot between a letter or digit and two letters, as in a domain name: escaped, so that no viewer finds
 * `example.com` or an e-mail address in the text and links it. A sentence's closing dot, "e.g." and "1.5" stay.
 */
const DOT_INSIDE_WORD = /(?<=[\p{L}\p{N}])\.(?=\p{L}{2})/gu;

/** Controls that mean nothing in a note (C0 except tab and newline, DEL, C1 except NEL). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u0080-\u0084\u0086-\u009F]/g;

/**
 * Directional embeddings, overrides and isolates. Unlike plain right-to-left
 * letters they reorder everything after them up to the end of the line, so one
 * in a note could make a table row or a count read backwards.
 */
const DIRECTIONAL_OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/g;

/** Half of a surrogate pair with no other half; written as U+FFFD instead of producing invalid UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Everything that ends a line: CR LF, CR, LF, NEL, and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/**
 * The visible lines of a text: line endings unified, invisible controls and
 * directional overrides dropped, tabs made spaces, each line trimmed, empty
 * lines left out. Right-to-left letters, zero-width joiners and emoji are kept.
 */
export function visibleLines(text: string): string[] {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(INVISIBLE_CONTROLS, '')
    .replace(DIRECTIONAL_OVERRIDES, '')
    .replace(/\t/g, ' ')
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Escapes one line so that every character shows as typed. */
function escapeLine(line: string): string {
  const escaped = line
    .replace(ALWAYS_ESCAPED, '\\$&')
    .replace(LOOSE_UNDERSCORE, '\\_')
    .replace(TAG_OPENER, '\\<')
    .replace(ENTITY_OPENER, '\\&')
    .replace(DOUBLE_EQUALS, '\\=')
    .replace(DOT_INSIDE_WORD, '\\.')
    .replace(/(?<=[A-Za-z]):(?=\S)/g, '\\:');
  // The marker's last character escaped: "\# heading", "\- item", "1\. item".
  return escaped.replace(LINE_START_MARKER, (marker) => `${marker.slice(0, -1)}\\${marker.slice(-1)}`);
}

/** User text on one line, for headings, table cells and bold labels: line breaks become spaces. */
export function inlineText(text: string): string {
  return visibleLines(text).map(escapeLine).join(' ');
}

/** User text in a table cell; the same as `inlineText`, named for where it goes (`|` is always escaped). */
export function tableCell(text: string): string {
  return inlineText(text);
}

/** Ends a line inside a paragraph or an item without ending either. */
const HARD_BREAK = '\\\n';

/**
 * User text that may span lines, for a paragraph or a list item: each line
 * escaped and ended by a hard line break (a backslash, CommonMark's visible
 * form), so the note keeps its lines; later lines are indented by
 * `continuation` so they stay inside the item. Blank lines are dropped so an
 * item never splits into paragraphs.
 */
export function blockText(text: string, continuation = ''): string {
  return visibleLines(text).map(escapeLine).join(`${HARD_BREAK}${continuation}`);
}

/** A bullet item holding user text (already escaped `suffix`, e.g. a mark, is added after it). */
export function bulletItem(text: string, suffix = ''): string {
  return `- ${blockText(text, '  ')}${suffix}`;
}

/** A numbered item holding user text; continuation lines are indented to the item's content. */
export function numberedItem(number: number, text: string, suffix = ''): string {
  const marker = `${number}. `;
  return `${marker}${blockText(text, ' '.repeat(marker.length))}${suffix}`;
}
