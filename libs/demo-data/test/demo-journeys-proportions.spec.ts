import {
  CalendarDate,
  type ActiveJourney,
  type JourneyCommand,
  type JourneyCommandOfType,
  type JourneyCommandType,
} from '@samsyn/domain';
import { generateDemoJourneys } from '@samsyn/demo-data';
import { count, decideJourney, TEST_SEED, TEST_TODAY, type DecidedJourney } from './demo-journeys.kit';

/** Every rejected application with the kind of application it rejected, in journey order. */
function avslag(commands: readonly JourneyCommand[]): ('first_time' | 'extension')[] {
  const kinds: ('first_time' | 'extension')[] = [];
  let kind: 'first_time' | 'extension' = 'first_time';
  for (const command of commands) {
    if (command.type === 'ReceiveApplication') kind = command.data.kind;
    if (command.type === 'RejectApplication') kinds.push(kind);
  }
  return kinds;
}

describe("the demo journeys follow the reports' proportions", () => {
  let decided: DecidedJourney[];
  let commands: JourneyCommand[];
  const today = CalendarDate.parse(TEST_TODAY, 'today');
  beforeAll(() => {
    decided = generateDemoJourneys({ seed: TEST_SEED, today: TEST_TODAY }).map(decideJourney);
    commands = decided.flatMap(({ journey }) => [...journey.commands]);
  });
  const ofType = <T extends JourneyCommandType>(type: T) =>
    commands.filter((command): command is JourneyCommandOfType<T> => command.type === type);

  it('rejects about 43% of first-time applications and about 10% of extensions (seed 004, lines 124–127)', () => {
    const decidedApplications = count(commands, (c) => c.type === 'GrantDecision') + ofType('RejectApplication').length;
    const rejectedKinds = decided.flatMap(({ journey }) => avslag(journey.commands));
    const firstTimeApplications = count(
      commands,
      (c) => c.type === 'ReceiveApplication' && c.data.kind === 'first_time',
    );
    const firstTimeShare = count(rejectedKinds, (kind) => kind === 'first_time') / firstTimeApplications;
    expect(firstTimeShare).toBeGreaterThan(0.36);
    expect(firstTimeShare).toBeLessThan(0.48);
    const extensionApplications = count(
      commands,
      (c) => c.type === 'ReceiveApplication' && c.data.kind === 'extension',
    );
    expect(count(rejectedKinds, (kind) => kind === 'extension') / extensionApplications).toBeLessThan(0.15);
    expect(decidedApplications).toBeGreaterThan(900);
  });

  it('after an avslag about half accept support, nearly half decline, a few cannot be reached (seed 004, lines 220–231)', () => {
    const rejected = ofType('RejectApplication').length;
    expect(ofType('AcceptSupport').length / rejected).toBeGreaterThan(0.4);
    expect(ofType('AcceptSupport').length / rejected).toBeLessThan(0.6);
    expect(ofType('DeclineSupport').length / rejected).toBeGreaterThan(0.3);
    expect(ofType('CloseLotsning').length).toBeGreaterThan(0);
    const declinedWithRepresentative = count(ofType('DeclineSupport'), (c) => c.data.reason === 'has_representative');
    expect(declinedWithRepresentative / ofType('DeclineSupport').length).toBeGreaterThan(0.3);
  });

  it('holds an omställningsmöte for fewer than 9% of avslag (seed 004, lines 138–142), some with a brief under consent', () => {
    const held = decided.flatMap(({ journey }) =>
      journey.commands.filter(
        (c) => c.type === 'HoldMeeting' && isOmstallningsmote(journey.commands, c.data.meetingId),
      ),
    );
    expect(held.length / ofType('RejectApplication').length).toBeGreaterThan(0.03);
    expect(held.length / ofType('RejectApplication').length).toBeLessThan(0.09);
    expect(count(ofType('ScheduleMeeting'), (c) => c.data.preMeetingBriefCategories.length > 0)).toBeGreaterThan(0);
  });

  it('changes contact persons, some without telling the person (seed 000, lines 456–470)', () => {
    expect(count(ofType('ChangeContactPerson'), (c) => !c.data.personInformed)).toBeGreaterThan(0);
    expect(count(ofType('ChangeContactPerson'), (c) => c.data.personInformed)).toBeGreaterThan(0);
  });

  it('leaves on today the situations the risk signals look for', () => {
    const states = decided.map(({ state }) => state);
    const inSixMonths = today.addMonths(6).toString();
    expect(count(states, (s) => s.activeDecision !== null && s.activeDecision.to <= inSixMonths)).toBeGreaterThan(20);
    expect(count(decided, paidUntilTurning30WithinAYear)).toBeGreaterThan(20);
    expect(count(states, insatsOutlastsDecision)).toBeGreaterThan(5);
    expect(count(ofType('EndInsats'), (c) => c.data.reason === 'interrupted_benefit_ended')).toBeGreaterThan(0);
    expect(count(states, (s) => s.lotsning.status === 'open')).toBeGreaterThan(5);
  });

  /** A decision running to the month before a 30th birthday that comes within a year. */
  const paidUntilTurning30WithinAYear = ({ journey, state }: DecidedJourney) => {
    const thirtieth = CalendarDate.parse(journey.person.birthDate, 'birthDate').addYears(30);
    const lastPaidDay = CalendarDate.firstDayOfMonth(thirtieth.year, thirtieth.month).addDays(-1).toString();
    return !thirtieth.isAfter(today.addYears(1)) && state.activeDecision?.to === lastPaidDay;
  };

  it('records plans with strengths, consents, insatser of several kinds and outcomes', () => {
    expect(ofType('AgreePlan').every((c) => c.data.strengths.length > 0)).toBe(true);
    expect(ofType('AgreePlan').length).toBeGreaterThan(300);
    expect(ofType('GiveConsent').length).toBeGreaterThan(100);
    expect(new Set(ofType('StartInsats').map((c) => c.data.insatsType)).size).toBeGreaterThanOrEqual(6);
    expect(ofType('PauseInsats').length).toBeGreaterThan(0);
    expect(count(ofType('RecordOutcome'), (c) => c.data.kind === 'work' || c.data.kind === 'studies')).toBeGreaterThan(
      0,
    );
  });
});

/** An insats still running, planned to end after the decision that pays for the person's time ends. */
function insatsOutlastsDecision(state: ActiveJourney): boolean {
  const decisionEnds = state.activeDecision?.to;
  return (
    decisionEnds !== undefined &&
    Object.values(state.insatser).some(
      ({ status, plannedEnd }) => status !== 'ended' && plannedEnd !== null && plannedEnd > decisionEnds,
    )
  );
}

function isOmstallningsmote(commands: readonly JourneyCommand[], meetingId: string): boolean {
  return commands.some(
    (c) => c.type === 'ScheduleMeeting' && c.data.meetingId === meetingId && c.data.kind === 'omstallningsmote',
  );
}
