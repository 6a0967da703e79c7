// The stages that run as pure cores (reconcile, emit, report) report progress through the tracker their
// entry passes in: one step per check, per table and per chart, and the line cleared at the end.
import { describe, expect, it } from 'vitest';
import { analyse } from '../pipeline/analyse/analyse.ts';
import { emit, emitTo } from '../pipeline/emit/emit.ts';
import type { Progress, Tracker } from '../pipeline/lib/attention.ts';
import { reconcile } from '../pipeline/reconcile/reconcile.ts';
import { renderSite } from '../pipeline/report/site.ts';
import { claim, registry, row, sources } from './reconcile/inline.ts';
import { fixturePackage, fixturePages } from './report/fixture.ts';

/** A tracker that records what it was asked: `noun total`, then `step` and `end` as they come. */
function recording(): { tracker: Tracker; calls: string[] } {
  const calls: string[] = [];
  const tracker: Tracker = (total, noun): Progress => {
    calls.push(`${total} ${noun}`);
    return { step: () => void calls.push('step'), end: () => void calls.push('end') };
  };
  return { tracker, calls };
}

const chart = (mark: string) =>
  `\`\`\`vega-lite\n{"data": {"name": "claims"}, "mark": "${mark}", ` +
  '"encoding": {"x": {"field": "line", "type": "quantitative"}}}\n```\n';

const steps = (n: number) => Array.from({ length: n }, () => 'step');

const input = {
  claims: [
    ...row({ sun: 550, moon: 330, star: 120 }, { metric: 'votes', unit: 'votes' }),
    claim({ metric: 'valid_votes', value: 1000, unit: 'votes' }),
  ],
  polls: [],
  sources: [...sources.values()],
  registry,
  decisions: [],
  aliases: [],
  tables: new Map(),
};

describe('progress of the stages that run as pure cores', () => {
  it('reconcile steps once per check, and its result is the same as without a tracker', () => {
    const { tracker, calls } = recording();
    const tracked = reconcile(input, tracker);
    expect(calls[0]).toMatch(/^\d+ check$/);
    const checks = Number(calls[0]!.split(' ')[0]);
    expect(checks).toBeGreaterThanOrEqual(9);
    expect(calls).toEqual([`${checks} check`, ...steps(checks), 'end']);
    expect(tracked).toEqual(reconcile(input));
  });

  it('emit steps once per table of the package, and writes the same files as without a tracker', () => {
    const reconciled = reconcile(input);
    const emitInput = {
      sources: [...sources.values()].map((s) => ({ ...s, bytes: 100 })),
      registry,
      aliases: [],
      reconciled,
      analysis: analyse(reconciled.facts, [], registry),
    };
    const { tracker, calls } = recording();
    const files = new Map<string, unknown>();
    const { descriptor } = emitTo((path, content) => void files.set(path, content), emitInput, tracker);
    const tables = (descriptor.resources as unknown[]).length;
    expect(calls).toEqual([`${tables} table`, ...steps(tables), 'end']);
    expect([...files.keys()].sort()).toEqual([...emit(emitInput).files.keys()].sort());
  });

  it('report steps once per chart it renders', async () => {
    const page =
      '---\ntitle: Sources\n---\n\n```facts\n```\n\n```conflicts\n```\n\n```datasets\n```\n\n' +
      chart('point') +
      '\n' +
      chart('tick');
    const { tracker, calls } = recording();
    const { charts } = await renderSite(fixturePages({ 'sources.md': page }), fixturePackage(), 'pages', {
      track: tracker,
    });
    expect(charts).toBe(2);
    expect(calls).toEqual(['2 chart', 'step', 'step', 'end']);
  });
});
