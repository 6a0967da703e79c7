import { describe, expect, it } from 'vitest';
import { count, counted } from '../../pipeline/lib/counts.ts';

describe('count and counted', () => {
  it('group digits by thousands', () => {
    expect([0, 999, 1000, 5148074].map(count)).toEqual(['0', '999', '1,000', '5,148,074']);
  });

  it('put the noun in the singular for one, the plural otherwise', () => {
    expect([
      counted(1, 'warning'),
      counted(0, 'warning'),
      counted(2, 'line'),
      counted(1, 'alias', 'aliases'),
      counted(1200, 'alias', 'aliases'),
    ]).toEqual(['1 warning', '0 warnings', '2 lines', '1 alias', '1,200 aliases']);
  });
});
