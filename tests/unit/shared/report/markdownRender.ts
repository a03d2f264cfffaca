import MarkdownIt from 'markdown-it';

/**
 * The most permissive common viewer: raw HTML allowed, bare URLs and e-mail
 * addresses turned into links, GFM tables and strikethrough on. If escaped
 * text stays plain here, it stays plain in stricter viewers too.
 */
const permissive = new MarkdownIt({ html: true, linkify: true });

/** Renders Markdown to HTML as a permissive viewer would. */
export function renderMarkdown(markdown: string): string {
  return permissive.render(markdown);
}

/** The names of every element in rendered HTML, in order, e.g. ['ul', 'li']. */
export function tagsIn(html: string): string[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)\b/g)].map((match) => (match[1] ?? '').toLowerCase());
}

/** The text a reader sees in rendered HTML: tags removed, entities decoded, line breaks as spaces. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n+/g, ' ')
    .trim();
}
