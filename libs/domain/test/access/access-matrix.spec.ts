import {
  ACCESS_BASES,
  ACCESS_DENIAL_REASONS,
  canSee,
  DATA_CATEGORIES,
  journeyAccessOf,
  type AccessDecision,
  type DataCategory,
  type JourneyAccess,
  type JourneyEvent,
  type OrganisationRef,
  type Viewer,
} from '@samsyn/domain';
import { consentGiven, opened } from '../journey/journey-fixtures';
import { stateAfter } from '../journey/journey-test-kit';
import { allowed, denied, JOURNEY_ID, OTHER_JOURNEY_ID } from './access-test-kit';

const ORGANISATIONS = [
  'FK',
  'AF',
  'KOMMUN:1880',
  'REGION:18',
  'SAMORDNINGSFORBUND:orebro',
  'PROVIDER:activa',
  'PERSON',
] as const;
const ROLES = [
  'caseworker',
  'statistician',
  'auditor',
  'privacy_officer',
  'person',
  'representative',
  'janitor',
] as const;
const JOURNEYS = ['own', 'other', 'none'] as const;
const REPRESENTATIVES = ['appointed', 'not_appointed', 'none'] as const;
const CONSENTS = [
  'none',
  'valid',
  'expired',
  'not_yet_valid',
  'withdrawn',
  'other_organisation',
  'other_category',
  'recorded_by_reader',
  'without_recorder',
] as const;
const BOOLEANS = [true, false] as const;

interface Cell {
  readonly organisation: (typeof ORGANISATIONS)[number];
  readonly role: (typeof ROLES)[number];
  readonly journey: (typeof JOURNEYS)[number];
  readonly representative: (typeof REPRESENTATIVES)[number];
  readonly category: DataCategory;
  readonly consent: (typeof CONSENTS)[number];
  readonly author: boolean;
  readonly participant: boolean;
}

// The oracle: the brief's rules as a table, first match wins, written apart from the policy.
interface Rule {
  readonly rule: string;
  readonly when: (cell: Cell) => boolean;
  readonly then: AccessDecision;
}
const AGENCY_ROLES: readonly string[] = ['caseworker', 'statistician', 'auditor', 'privacy_officer'];
const isKnownRole = (c: Cell) =>
  c.organisation === 'PERSON'
    ? c.journey !== 'none' && (c.role === 'person' || (c.role === 'representative' && c.representative !== 'none'))
    : AGENCY_ROLES.includes(c.role);
const isPerson = (c: Cell) => c.organisation === 'PERSON' && c.role === 'person';
const isRepresentative = (c: Cell) =>
  c.organisation === 'PERSON' && c.role === 'representative' && c.representative !== 'none';
const isCaseworker = (c: Cell) => c.organisation !== 'PERSON' && c.role === 'caseworker';
const withConsent = (consent: Cell['consent']) => (c: Cell) => isCaseworker(c) && c.consent === consent;

const RULES: readonly Rule[] = [
  { rule: 'a role the system does not know sees nothing', when: (c) => !isKnownRole(c), then: denied('unknown_role') },
  {
    rule: 'statisticians see aggregates only',
    when: (c) => c.role === 'statistician',
    then: denied('aggregates_only'),
  },
  { rule: 'auditors see the audit trail only', when: (c) => c.role === 'auditor', then: denied('audit_only') },
  {
    rule: 'privacy officers erase, they do not read',
    when: (c) => c.role === 'privacy_officer',
    then: denied('erasure_only'),
  },
  {
    rule: 'the person sees their own journey',
    when: (c) => isPerson(c) && c.journey === 'own',
    then: allowed('person'),
  },
  {
    rule: "the person never sees another's",
    when: (c) => isPerson(c) && c.journey === 'other',
    then: denied('other_person'),
  },
  {
    rule: 'an appointed representative sees the journey',
    when: (c) => isRepresentative(c) && c.journey === 'own' && c.representative === 'appointed',
    then: allowed('representative'),
  },
  {
    rule: "a representative never sees another's",
    when: (c) => isRepresentative(c) && c.journey === 'other',
    then: denied('other_person'),
  },
  { rule: 'an agency sees what it wrote', when: (c) => isCaseworker(c) && c.author, then: allowed('author') },
  {
    rule: 'a participant sees the meeting, referral or insats, except health',
    when: (c) => isCaseworker(c) && c.participant && c.category !== 'health',
    then: allowed('participant'),
  },
  { rule: 'a valid consent opens its categories', when: withConsent('valid'), then: allowed('consent') },
  { rule: 'a withdrawn consent opens nothing', when: withConsent('withdrawn'), then: denied('consent_withdrawn') },
  { rule: 'an ended consent opens nothing', when: withConsent('expired'), then: denied('consent_expired') },
  {
    rule: 'a future consent opens nothing yet',
    when: withConsent('not_yet_valid'),
    then: denied('consent_not_yet_valid'),
  },
  {
    rule: "another organisation's consent",
    when: withConsent('other_organisation'),
    then: denied('consent_other_organisation'),
  },
  {
    rule: 'a consent for other categories',
    when: withConsent('other_category'),
    then: denied('consent_other_category'),
  },
  {
    rule: 'a consent the organisation recorded itself opens nothing',
    when: withConsent('recorded_by_reader'),
    then: denied('consent_recorded_by_reader'),
  },
  {
    rule: 'a consent of unknown origin opens nothing',
    when: withConsent('without_recorder'),
    then: denied('consent_without_recorder'),
  },
];
const DEFAULT_RULE: Rule = { rule: 'deny by default', when: () => true, then: denied('no_basis') };

const oracle = (cell: Cell): Rule => RULES.find((rule) => rule.when(cell)) ?? DEFAULT_RULE;

// The policy's inputs, built from real events.
const AT = '2023-03-01';
const SOMEONE_ELSE = 'PROVIDER:someone-else';
const representativeEvents: JourneyEvent[] = [
  {
    type: 'RepresentativeAppointed',
    data: { representativeId: 'rep-appointed', kind: 'god_man', name: 'A', contact: 'a' },
  },
  {
    type: 'RepresentativeAppointed',
    data: { representativeId: 'rep-removed', kind: 'ombud', name: 'B', contact: 'b' },
  },
  { type: 'RepresentativeRemoved', data: { representativeId: 'rep-removed', kind: 'ombud' } },
];

function consentEvents(
  consent: Cell['consent'],
  organisation: OrganisationRef,
  category: DataCategory,
): JourneyEvent[] {
  const other = organisation === 'FK' ? 'AF' : 'FK';
  const covering = { organisations: [organisation], categories: [category] };
  switch (consent) {
    case 'none':
      return [];
    case 'valid':
      return [consentGiven({ ...covering, validFrom: '2023-02-01', validTo: '2023-12-31' })];
    case 'expired':
      return [consentGiven({ ...covering, validFrom: '2022-01-01', validTo: '2023-02-28' })];
    case 'not_yet_valid':
      return [consentGiven({ ...covering, validFrom: '2023-03-02', validTo: '2023-12-31' })];
    case 'withdrawn':
      return [consentGiven(covering), { type: 'ConsentWithdrawn', data: { consentId: 'consent-1' } }];
    case 'other_organisation':
      return [consentGiven({ ...covering, organisations: [other] })];
    case 'other_category':
      return [consentGiven({ ...covering, categories: DATA_CATEGORIES.filter((each) => each !== category) })];
    case 'recorded_by_reader':
      return [
        consentGiven({ ...covering, recordedBy: organisation, evidence: { kind: 'signed_form', reference: 'form-1' } }),
      ];
    case 'without_recorder':
      return [consentGiven({ ...covering, recordedBy: undefined })];
  }
}

function viewerOf(cell: Cell): Viewer {
  const journeyId = { own: JOURNEY_ID, other: OTHER_JOURNEY_ID, none: undefined }[cell.journey];
  const representativeId = { appointed: 'rep-appointed', not_appointed: 'rep-removed', none: undefined }[
    cell.representative
  ];
  return { organisation: cell.organisation, role: cell.role, journeyId, representativeId };
}

function* cells(): Generator<Cell> {
  for (const organisation of ORGANISATIONS)
    for (const role of ROLES)
      for (const journey of JOURNEYS)
        for (const representative of REPRESENTATIVES)
          for (const category of DATA_CATEGORIES)
            for (const consent of CONSENTS)
              for (const author of BOOLEANS)
                for (const participant of BOOLEANS)
                  yield { organisation, role, journey, representative, category, consent, author, participant };
}

const accessCache = new Map<string, JourneyAccess>();
function accessOf(cell: Cell): JourneyAccess {
  const key = `${cell.organisation}|${cell.category}|${cell.consent}`;
  const access =
    accessCache.get(key) ??
    journeyAccessOf(
      JOURNEY_ID,
      stateAfter([opened, ...representativeEvents, ...consentEvents(cell.consent, cell.organisation, cell.category)]),
    );
  accessCache.set(key, access);
  return access;
}

function policy(cell: Cell): AccessDecision {
  const facts = {
    category: cell.category,
    author: cell.author ? cell.organisation : SOMEONE_ELSE,
    participants: cell.participant ? [SOMEONE_ELSE, cell.organisation] : [SOMEONE_ELSE],
  };
  return canSee(viewerOf(cell), facts, accessOf(cell), AT);
}

describe('Access matrix: the policy agrees with the table of rules on every cell', () => {
  const results = [...cells()].map((cell) => ({ cell, expected: oracle(cell), actual: policy(cell) }));

  it('when every viewer, category, consent and involvement is tried, then policy and oracle agree', () => {
    console.log(`access matrix: ${results.length} cells`);
    const disagreements = results.filter(
      ({ expected, actual }) => JSON.stringify(expected.then) !== JSON.stringify(actual),
    );
    expect(
      disagreements.slice(0, 5).map(({ cell, expected, actual }) => ({ cell, rule: expected.rule, actual })),
    ).toEqual([]);
    expect(results.length).toBe(7 * 7 * 3 * 3 * DATA_CATEGORIES.length * 9 * 2 * 2);
  });

  it('when the matrix is run, then every rule of the table decides some cell', () => {
    const used = new Set(results.map(({ expected }) => expected.rule));
    expect([...RULES, DEFAULT_RULE].map(({ rule }) => rule).filter((rule) => !used.has(rule))).toEqual([]);
  });

  it('when the matrix is run, then every basis and every denial reason is reached', () => {
    const reached = new Set(results.map(({ actual }) => (actual.allowed ? actual.basis : actual.reason)));
    expect([...ACCESS_BASES, ...ACCESS_DENIAL_REASONS].filter((outcome) => !reached.has(outcome))).toEqual([]);
  });

  it('when nothing grants access, then the answer is a denial: allowing is the exception', () => {
    const allowedShare = results.filter(({ actual }) => actual.allowed).length / results.length;
    expect(allowedShare).toBeLessThan(0.25);
    expect(results.filter(({ cell, actual }) => cell.role === 'janitor' && actual.allowed)).toEqual([]);
  });
});
