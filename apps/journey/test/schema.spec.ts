import { COMMAND_AUTHORS } from '@samsyn/domain';
import { startJourneySubgraph, type JourneySubgraph } from './journey-subgraph.harness';

describe('the journey subgraph schema', () => {
  let subgraph: JourneySubgraph;
  beforeAll(async () => {
    subgraph = await startJourneySubgraph('PGlite');
  });
  afterAll(() => subgraph.close());

  it('has one mutation per domain command, each answering a CommandReceipt', async () => {
    const response = await subgraph.as<{ __schema: { mutationType: { fields: { name: string; type: { ofType: { name: string } } }[] } } }>(
      'FK',
      '{ __schema { mutationType { fields { name type { ofType { name } } } } } }',
    );
    const fields = response.data!.__schema.mutationType.fields;
    const expected = Object.keys(COMMAND_AUTHORS).map((type) => type.charAt(0).toLowerCase() + type.slice(1));
    expect(fields.map((field) => field.name).sort()).toEqual(expected.sort());
    expect(new Set(fields.map((field) => field.type.ofType.name))).toEqual(new Set(['CommandReceipt']));
  });

  it('declares Federation 2.7 for composition', async () => {
    const response = await subgraph.as<{ _service: { sdl: string } }>('FK', '{ _service { sdl } }');
    expect(response.data!._service.sdl).toContain('https://specs.apollo.dev/federation/v2.7');
  });
});
