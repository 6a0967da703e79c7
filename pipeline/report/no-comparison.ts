// reports/diff.html before `make diff` has written it: a page that says there is no comparison yet and how
// to make one, so that the navigation's link leads somewhere on a fresh build. The report stage writes it
// only when reports/diff.html is absent; it reads nothing (the same page every time), and `make diff`
// replaces it.
import { renderPage } from './page-shell.ts';

export const DIFF_PAGE = 'diff.html';

export function renderNoComparisonPage(): string {
  return renderPage({
    file: DIFF_PAGE,
    title: 'Data versions: no comparison yet',
    body:
      '<p class="lead"><strong>No comparison yet.</strong> This page shows what changed in ' +
      '<code>processed/</code> between two versions, once <code>make diff</code> has compared them.</p>\n' +
      '<ul>\n<li><code>make diff</code> compares the last commit with the working tree.</li>\n' +
      '<li><code>make diff FROM=&lt;rev&gt; TO=&lt;rev&gt;</code> compares two revisions (a branch, a tag or a ' +
      'commit hash: <code>git log --oneline</code> lists them).</li>\n</ul>\n' +
      '<p>Either writes this page anew, with every changed figure linked to its fact on the ' +
      '<a href="sources.html">sources page</a>.</p>\n',
    charts: false,
    footer: 'Written by make all until make diff writes this page.',
    // a command reads whole, never broken at its hyphens
    css: 'code{white-space:nowrap}\n',
  });
}
