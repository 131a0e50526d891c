import {
  EVENT_FACTS,
  JOURNEY_EVENT_TYPES,
  PERSONAL_FIELDS,
  timelineLabelOf,
  WRITE_POLICY,
  type DomainEvent,
  type Erasable,
  type EventFactsTable,
  type JourneyCommandType,
} from '@samsyn/domain';

describe('The facts of each event, kept beside the event in its topic', () => {
  it('when the event types are listed, then each appears once, from the one table of facts', () => {
    expect(JOURNEY_EVENT_TYPES).toEqual(expect.arrayContaining(['JourneyOpened', 'InsatsStarted', 'OutcomeRecorded']));
    expect(new Set(JOURNEY_EVENT_TYPES).size).toBe(JOURNEY_EVENT_TYPES.length);
    expect([...JOURNEY_EVENT_TYPES].sort()).toEqual(Object.keys(EVENT_FACTS).sort());
  });

  it('when the personal fields are read, then they are the facts’ own, type by type', () => {
    for (const type of JOURNEY_EVENT_TYPES) expect(PERSONAL_FIELDS[type]).toBe(EVENT_FACTS[type].personalFields);
  });

  it('when a timeline line is asked for, then every event type has one in Swedish and English', () => {
    for (const type of JOURNEY_EVENT_TYPES) {
      expect(timelineLabelOf(type).sv.length).toBeGreaterThan(0);
      expect(timelineLabelOf(type).en.length).toBeGreaterThan(0);
    }
    expect(timelineLabelOf('InsatsStarted')).toEqual({ sv: 'En insats startade', en: 'An activity started' });
  });

  it('when the write policy is composed from the topics, then it has one rule for each command, once', () => {
    const types = Object.keys(WRITE_POLICY) as JourneyCommandType[];
    expect(types).toEqual(expect.arrayContaining(['OpenJourney', 'StartInsats', 'RecordOutcome']));
    expect(new Set(types).size).toBe(types.length);
    expect(WRITE_POLICY.StartInsats.agencies.length).toBeGreaterThan(1);
    expect(WRITE_POLICY.ErasePersonalData).toEqual({ agencies: [], person: 'person_only', privacyOfficer: true });
  });

  it('when a field typed as never null is named personal, then the table does not compile', () => {
    type Probe = DomainEvent<'Probe', { kept: string; sealed: Erasable<string> }>;
    const facts: EventFactsTable<Probe> = {
      Probe: { category: 'identity', personalFields: ['sealed'], drawsIn: () => [], timeline: { sv: 'x', en: 'x' } },
    };
    // @ts-expect-error `kept` cannot be erased, so it cannot be personal: erasure would break its readers.
    const notErasable: EventFactsTable<Probe>['Probe']['personalFields'] = ['kept'];
    expect(facts.Probe.personalFields).toEqual(['sealed']);
    expect(notErasable).toEqual(['kept']);
  });
});
