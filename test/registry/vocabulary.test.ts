import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';
import { buildVocabulary, loadVocabulary } from '../../pipeline/registry/vocabulary.ts';

const { metrics } = loadRegistry();

describe('the vocabulary of labels and metrics', () => {
  it('names only known metrics', () => {
    const vocabulary = loadVocabulary(metrics);
    expect(vocabulary.columnLabels.find((l) => l.label === '+/–')!.by_unit).toEqual({ any: 'seat_change' });
  });

  it('names a label whose metric is not in metrics.json', () => {
    const labels = {
      row_labels: [{ label: 'Spoilt ballots', metrics: ['spoilt'] }],
      column_labels: [],
      infobox_keys: [],
    };
    const problems = () => {
      try {
        buildVocabulary(labels, metrics);
        return [];
      } catch (error) {
        return (error as PipelineError).messages;
      }
    };
    expect(problems()).toEqual([
      'pipeline/registry/labels.json: "Spoilt ballots" names the metric "spoilt"; expected one of the ids in pipeline/registry/metrics.json',
    ]);
  });
});
