import { InvalidProjectionError, tablesIn, versionSchema, type Projection } from '../src';
import { assertValidProjections } from '../src/projection-schema';
import { countingProjection } from './support/counting-projection';

const named = (name: string, version = 1, tableNames: readonly string[] = ['rows']): Projection => ({
  ...countingProjection(),
  name,
  version,
  tableNames,
});

describe('projection schemas', () => {
  it('puts each version in a schema of its own and quotes the qualified table names', () => {
    expect(versionSchema('fk_benefit', 3)).toBe('rm_fk_benefit_v3');
    expect(tablesIn(countingProjection(), versionSchema('counting', 2))).toEqual({
      applied: '"rm_counting_v2"."applied"',
      counts: '"rm_counting_v2"."counts"',
      totals: '"rm_counting_v2"."totals"',
    });
  });

  it.each([
    ['a name that is not a lower-case identifier', [named('Fk-Benefit')]],
    ['a name too long for a schema name', [named('x'.repeat(50))]],
    ['a version below 1', [named('fk', 0)]],
    ['a version that is not an integer', [named('fk', 1.5)]],
    ['a table name with a quote', [named('fk', 1, ['rows"; drop table x; --'])]],
    ['no tables', [named('fk', 1, [])]],
    ['one name twice', [named('fk'), named('fk', 2)]],
  ])('refuses %s with INVALID_PROJECTION', (_case, projections) => {
    expect(() => assertValidProjections(projections)).toThrow(InvalidProjectionError);
    expect(() => assertValidProjections(projections)).toThrow(expect.objectContaining({ code: 'INVALID_PROJECTION' }));
  });
});
