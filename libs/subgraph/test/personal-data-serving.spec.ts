import {
  GraphQLID,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  GraphQLUnionType,
  type GraphQLFieldConfig,
} from 'graphql';
import { PERSONAL_DATA_EXTENSION, type PersonalDataMark } from '../src/personal-data-serving/personal-data-mark';
import { personalDataServing } from '../src/personal-data-serving/unserved-fields';

/** A field with a resolver of its own, as a `@Query` or `@ResolveField` gives it, with the mark its decorator leaves. */
const resolved = (type: GraphQLFieldConfig<unknown, unknown>['type'], mark?: PersonalDataMark) => ({
  type,
  resolve: () => null,
  extensions: mark ? { [PERSONAL_DATA_EXTENSION]: mark } : {},
});
const SERVED: PersonalDataMark = { served: true };
const NOT_PERSONAL: PersonalDataMark = { notPersonal: 'counts only' };

/** A subgraph like the agencies': Person (an entity), a referral pointing at it, and a status about no one. */
function subgraph(marks: {
  referrals?: PersonalDataMark;
  personReferrals?: PersonalDataMark;
  status?: PersonalDataMark;
  statusPerson?: boolean;
}) {
  const person: GraphQLObjectType = new GraphQLObjectType({
    name: 'Person',
    fields: () => ({
      id: { type: new GraphQLNonNull(GraphQLID) },
      referrals: resolved(new GraphQLList(referral), marks.personReferrals),
    }),
  });
  const referral = new GraphQLObjectType({
    name: 'Referral',
    fields: { person: { type: person }, referredOn: { type: GraphQLString } },
  });
  const status = new GraphQLObjectType({
    name: 'Status',
    fields: { lag: { type: GraphQLString }, ...(marks.statusPerson ? { oldest: { type: person } } : {}) },
  });
  const entity = new GraphQLUnionType({ name: '_Entity', types: [person] });
  return new GraphQLSchema({
    types: [entity],
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        referrals: resolved(new GraphQLList(referral), marks.referrals),
        status: resolved(status, marks.status),
        _entities: { type: new GraphQLList(entity), resolve: () => [] },
      },
    }),
  });
}

describe('the walk of a subgraph schema for person-level data outside @PersonalData()', () => {
  it('passes a schema whose every resolver is served or declared not personal, and names each', () => {
    const serving = personalDataServing(subgraph({ referrals: SERVED, personReferrals: SERVED, status: NOT_PERSONAL }));
    expect(serving).toEqual({
      served: ['Person.referrals', 'Query.referrals'],
      notPersonal: ['Query.status'],
      unserved: [],
    });
  });

  it('fails for a query that resolves without a mark', () => {
    expect(personalDataServing(subgraph({ personReferrals: SERVED, status: NOT_PERSONAL })).unserved).toEqual([
      'Query.referrals resolves on its own but is neither @PersonalData() nor @NotPersonal()',
      'Query.referrals → Referral.person reaches Person outside @PersonalData()',
    ]);
  });

  it('fails for a field resolved on the Person entity without a mark', () => {
    expect(personalDataServing(subgraph({ referrals: SERVED, status: NOT_PERSONAL })).unserved).toEqual([
      'Person.referrals resolves on its own but is neither @PersonalData() nor @NotPersonal()',
    ]);
  });

  it('fails for a person reached below a field declared not personal', () => {
    expect(
      personalDataServing(
        subgraph({ referrals: SERVED, personReferrals: SERVED, status: NOT_PERSONAL, statusPerson: true }),
      ).unserved,
    ).toEqual(['Query.status → Status.oldest reaches Person outside @PersonalData()']);
  });
});
