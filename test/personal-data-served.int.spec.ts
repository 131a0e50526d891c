import { personalDataServing, type PersonalDataServing } from '@samsyn/subgraph';
import { SUBGRAPHS } from '../apps/samsyn/src/subgraphs';
import { subgraphSchemas } from './support/subgraph-schemas';

describe('every person-level field and list of every subgraph is served through @PersonalData()', () => {
  const serving: Record<string, PersonalDataServing> = {};
  beforeAll(async () => {
    for (const [name, schema] of Object.entries(await subgraphSchemas())) serving[name] = personalDataServing(schema);
  });

  it.each(SUBGRAPHS.map(({ name }) => name))(
    '%s: no resolver without a mark, and no person reached outside a served field',
    (name) => {
      expect(serving[name]!.unserved).toEqual([]);
    },
  );

  it('judges every resolver of the schemas: the walk is not vacuous', () => {
    const all = (kind: 'served' | 'notPersonal') => Object.values(serving).flatMap((subgraph) => subgraph[kind]);
    expect(all('served')).toEqual(
      expect.arrayContaining(['Query.person', 'Person.timeline', 'Query.afReferrals', 'Person.kommunInsatser']),
    );
    expect(all('notPersonal')).toEqual(expect.arrayContaining(['Query.countyTable', 'Query.readModels']));
    expect(all('served').length).toBeGreaterThan(all('notPersonal').length);
  });
});
