// The sources page's registers: every fact with the claims behind it, every conflict with both sides,
// every dataset, and what each source's figures came to (read, linked, left unlinked and why). These are the
// anchors every figure of every page links to.
import { count } from '../lib/counts.ts';
import { needsAttention, reasonsOf } from '../lib/unread.ts';
import type { DataPackage, Row } from './data.ts';
import { formatValue } from './format.ts';
import { escapeHtml } from './page-shell.ts';
import { factAnchor, tableAnchor } from './provenance.ts';
import { groupBy } from '../lib/collections.ts';

export const REGISTERS = ['facts', 'conflicts', 'datasets', 'reading'] as const;
/** The registers every figure's link leads to: the site needs each of them on a page. */
export const ANCHOR_REGISTERS: readonly string[] = ['facts', 'conflicts', 'datasets'];
export type Register = (typeof REGISTERS)[number];

const e = (value: unknown) => escapeHtml(value === null || value === undefined ? '' : String(value));
const list = (value: unknown) => (typeof value === 'string' && value !== '' ? value.split('; ') : []);
const status = (value: unknown) => `<span class="status status-${e(value)}">${e(value)}</span>`;
// a conflict shows a few of its fact's other claims, and a fact its first few dozen: a fact stated thousands of
// times (a thousand copies of a source) would otherwise make a page of a hundred megabytes; processed/ has them all
export const OTHER_CLAIMS_SHOWN = 3;
export const FACT_CLAIMS_SHOWN = 20;
// and a fact its first few conflicts: a thousand copies of a source make a thousand conflicts on one fact
export const FACT_CONFLICTS_SHOWN = 5;

export function renderRegister(register: Register, data: DataPackage): string {
  const rows = (name: string) => data.tables.get(name)?.rows ?? [];
  const claims = new Map(rows('claims').map((c) => [String(c.claim_id), c]));
  const sourceTitle = new Map(rows('sources').map((s) => [String(s.source_id), String(s.title)]));
  const claimRow = (id: string) => {
    const claim = claims.get(id);
    if (!claim) return `<tr><td colspan="4"><code>${e(id)}</code> (not in claims.csv)</td></tr>`;
    return `<tr><td title="${e(sourceTitle.get(String(claim.source_id)))}">${e(claim.source_id)}</td><td class="num">${e(claim.line)}</td><td>${e(claim.figure)}</td><td><q class="excerpt">${e(claim.excerpt)}</q></td></tr>`;
  };
  const claimTable = (ids: string[]) =>
    ids.length === 0
      ? '<p class="missing">no claim: computed from other facts</p>'
      : `<table class="claims"><thead><tr><th>Source</th><th>Line</th><th>As written</th><th>Excerpt</th></tr></thead><tbody>${ids.map(claimRow).join('')}</tbody></table>`;

  const conflictSection = (conflict: Row, claimsOfFact: string[], more: number) => {
    const fact = `<a href="#${e(factAnchor(String(conflict.fact_id)))}"><code>${e(conflict.fact_id)}</code></a>`;
    const others = claimsOfFact.filter((id) => id !== conflict.claim_id);
    return `<section class="conflict" id="conflict-${e(conflict.conflict_id)}">
<h3>${e(conflict.explanation)}</h3>
<p>${status(conflict.resolution === 'open' ? 'conflict' : 'resolved')} ${e(conflict.kind)}, ${e(conflict.severity)} · fact ${fact} · resolution: ${e(conflict.resolution)}</p>
<p><strong>Reported</strong> ${e(formatValue(conflict.reported ?? null, null))}:</p>
${claimTable([String(conflict.claim_id)])}
<p><strong>Expected</strong> ${e(formatValue(conflict.expected ?? null, null))}, from ${e(conflict.expected_how)}${others.length > 0 ? '; the other claims on this fact:' : '.'}</p>
${others.length > 0 ? claimTable(others.slice(0, OTHER_CLAIMS_SHOWN)) : ''}${others.length > OTHER_CLAIMS_SHOWN ? `<p>and ${count(others.length - OTHER_CLAIMS_SHOWN)} more, under <a href="#${e(factAnchor(String(conflict.fact_id)))}">the fact</a>.</p>` : ''}
</section>${more > 0 ? `\n<p class="more">and ${count(more)} more ${more === 1 ? 'conflict' : 'conflicts'} on fact ${fact}: every one is a row of <a href="../processed/conflicts.csv">processed/conflicts.csv</a> with this fact_id.</p>` : ''}`;
  };
  const factClaims = (ids: string[]) =>
    claimTable(ids.slice(0, FACT_CLAIMS_SHOWN)) +
    (ids.length > FACT_CLAIMS_SHOWN
      ? `\n<p class="more">and ${count(ids.length - FACT_CLAIMS_SHOWN)} more: this fact's <code>claims</code> in <a href="../processed/facts.csv">processed/facts.csv</a> names every one, each a row of <a href="../processed/claims.csv">processed/claims.csv</a>.</p>`
      : '');

  if (register === 'facts') {
    return rows('facts')
      .map(
        (fact) => `<section class="fact" id="${e(factAnchor(String(fact.fact_id)))}">
<h3><code>${e(fact.fact_id)}</code> = ${e(formatValue(fact.value ?? null, null))} ${e(fact.unit)} ${status(fact.status)}</h3>
<p>${e(fact.rule)}</p>
${factClaims(list(fact.claims))}
</section>`,
      )
      .join('\n');
  }
  if (register === 'conflicts') {
    const facts = new Map(rows('facts').map((f) => [String(f.fact_id), f]));
    const conflictsOf = new Map<string, number>();
    for (const conflict of rows('conflicts'))
      conflictsOf.set(String(conflict.fact_id), (conflictsOf.get(String(conflict.fact_id)) ?? 0) + 1);
    const shownOf = new Map<string, number>();
    return rows('conflicts')
      .flatMap((conflict: Row) => {
        const factId = String(conflict.fact_id);
        const shown = (shownOf.get(factId) ?? 0) + 1;
        shownOf.set(factId, shown);
        if (shown > FACT_CONFLICTS_SHOWN) return [];
        const more = shown === FACT_CONFLICTS_SHOWN ? conflictsOf.get(factId)! - shown : 0;
        return [conflictSection(conflict, list(facts.get(factId)?.claims), more)];
      })
      .join('\n');
  }
  if (register === 'reading') return readingRegister(rows('sources'), rows('claims'));
  return `<div class="table-wrap"><table><thead><tr><th>Table</th><th>One row is</th><th>Rows</th><th>File</th></tr></thead><tbody>
${[...data.tables.values()].map((t) => `<tr id="${e(tableAnchor(t.name))}"><td><strong>${e(t.title)}</strong> <code>${e(t.name)}</code></td><td>${e(t.description)}</td><td class="num">${t.rows.length}</td><td><a href="../processed/${e(t.path)}">${e(t.path)}</a></td></tr>`).join('\n')}
</tbody></table></div>`;
}

/** One row per source: figures read, linked, left unlinked, and each reason with how many it left (counts, never claims). */
function readingRegister(sources: Row[], claims: Row[]): string {
  const claimsOf = groupBy(claims, (c) => String(c.source_id));
  const body = sources
    .map((s) => [String(s.source_id), claimsOf.get(String(s.source_id)) ?? []] as const)
    .map(([sourceId, own]) => {
      const unlinked = own.filter((c) => c.linked !== true && c.linked !== 'true');
      const why = reasonsOf(unlinked.map((c) => String(c.note ?? '') || 'no reason recorded'));
      const flag = needsAttention({ linked: own.length - unlinked.length, unlinked: unlinked.length });
      return `<tr${flag ? ' class="attention"' : ''}><td><code>${e(sourceId)}</code></td><td class="num">${own.length}</td><td class="num">${own.length - unlinked.length}</td><td class="num">${unlinked.length}</td><td>${why.map((r) => `${r.count} ${e(r.reason)}`).join('<br>')}</td></tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table class="reading"><thead><tr><th>Source</th><th>Figures read</th><th>Linked</th><th>Unlinked</th><th>Why each was left unlinked</th></tr></thead><tbody>
${body}
</tbody></table></div>`;
}
