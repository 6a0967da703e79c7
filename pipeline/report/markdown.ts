// Markdown with markdown-it, plus one inline rule: `{{ … }}` is a figure reference, kept as a token
// with its line so that a bad reference names the page's line.
import MarkdownIt, { type Token } from 'markdown-it';
import { figureHtml, type Figure } from './references.ts';

export interface Reference {
  text: string;
  line: number;
}

/** A markdown-it whose `{{…}}` spans become `figure_ref` tokens; raw HTML in pages is shown as text. */
export function createMarkdown() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.inline.ruler.before('emphasis', 'figure_ref', (state, silent) => {
    if (!state.src.startsWith('{{', state.pos)) return false;
    const end = state.src.indexOf('}}', state.pos + 2);
    if (end < 0) return false;
    if (!silent) {
      const token = state.push('figure_ref', '', 0);
      token.content = state.src.slice(state.pos + 2, end);
      token.meta = { offset: state.pos };
    }
    state.pos = end + 2;
    return true;
  });
  // headings get ids (their words, lower case, hyphenated) so pages can link to a section
  md.core.ruler.push('heading_ids', (state) => {
    state.tokens.forEach((token, index) => {
      const text = state.tokens[index + 1]?.content ?? '';
      if (token.type === 'heading_open')
        token.attrSet(
          'id',
          text
            .toLowerCase()
            .replace(/\{\{[^}]*\}\}/g, '')
            .replace(/[^\p{L}\p{N}]+/gu, '-')
            .replace(/^-|-$/g, ''),
        );
    });
  });
  // blocks the stage prepared (charts, tables, registers) carry their HTML; other fences render as code
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, index, options, env, self) =>
    (tokens[index]!.meta as { html?: string } | null)?.html ?? fence(tokens, index, options, env, self);
  md.renderer.rules.figure_ref = (tokens, index) => {
    return figureHtml((tokens[index]!.meta as { figure: Figure }).figure);
  };
  return md;
}

/** Every reference token of a parsed page with its 1-based line in the file (`firstLine` is the body's). */
export function references(tokens: Token[]): { token: Token; line: number }[] {
  const found: { token: Token; line: number }[] = [];
  let blockLine = 0;
  for (const block of tokens) {
    if (block.map) blockLine = block.map[0];
    if (block.type !== 'inline' || !block.children) continue;
    for (const child of block.children) {
      if (child.type !== 'figure_ref') continue;
      const before = block.content.slice(0, (child.meta as { offset: number }).offset);
      found.push({ token: child, line: blockLine + 1 + (before.match(/\n/g)?.length ?? 0) });
    }
  }
  return found;
}

/**
 * Splits `---\ntitle: …\n---` off the page; the body keeps blank lines in its place so line numbers stay the file's.
 */
export function frontMatter(text: string): { title: string | null; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return { title: null, body: text };
  const title = /^title:\s*(.+?)\s*$/m.exec(match[1]!)?.[1] ?? null;
  return {
    title: title?.replace(/^"(.*)"$/, '$1') ?? null,
    body: '\n'.repeat(match[0].split('\n').length - 1) + text.slice(match[0].length),
  };
}
