import MarkdownIt from 'markdown-it';
import { visibleLines } from './markdownText';

/**
 * Renders the report's own Markdown, never HTML: raw HTML, links, images and autolinks are all off, so even text that
 * slipped past the Markdown escaping could only ever show as text.
 */
const renderer = new MarkdownIt({ html: false, linkify: false, typographer: false }).disable(['link', 'image', 'autolink', 'html_inline', 'html_block']);

/** Text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Readable on screen and on A4 or Letter paper: one column, tables kept together where they fit, no page break after a heading. */
const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #111; background: #fff; margin: 2rem auto; max-width: 46rem; padding: 0 1.25rem; }
h1 { font-size: 1.7em; margin: 0 0 0.6em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; padding-top: 0.4em; border-top: 1px solid #bbb; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
ul, ol { padding-left: 1.6em; }
li { margin: 0.2em 0; }
li, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
blockquote { margin: 0.6em 0 0.8em; padding: 0.1em 0 0.1em 1em; border-left: 3px solid #999; }
blockquote p { margin: 0.3em 0; }
table { border-collapse: collapse; margin: 0.6em 0 1em; font-variant-numeric: tabular-nums; }
th, td { border: 1px solid #999; padding: 0.3em 0.6em; vertical-align: top; }
th { background: #eee; text-align: left; }
@page { margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { border-top-color: #777; }
  th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** A report's own Markdown as HTML, with every way to HTML, links and images off. */
export function renderReportMarkdown(markdown: string): string {
  return renderer.render(markdown).trimEnd();
}

/**
 * One printable HTML page around a body already rendered from the report's escaped Markdown: no script, no outside
 * resource (a Content-Security-Policy that allows only its own style says so to the browser too), the title escaped.
 * `style` adds to the page's own style (the run sheet's larger type and its activities kept together).
 */
export function printablePage(title: string, body: string, style = ''): string {
  const heading = escapeHtml(visibleLines(title).join(' ') || 'Report');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${heading}</title>`,
    `<style>${STYLE}${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A report's Markdown as one printable HTML page: the body rendered from the escaped Markdown with HTML off, in
 * `printablePage`. Open it in a browser and print.
 */
export function buildReportHtml(markdown: string, title: string): string {
  return printablePage(title, renderReportMarkdown(markdown));
}
