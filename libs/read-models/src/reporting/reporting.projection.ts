import { swedishDate } from '@samsyn/domain';
import { slicedProjection, type ProjectedEvent, type RowSet } from '@samsyn/projections';
import { addDays, addYears } from '../dates';
import { legalGenderOf, type LegalGender } from './legal-gender';

type PeopleRow = {
  gender: LegalGender | null;
  opened_on: string;
  turns_19_on: string | null;
  turns_20_on: string | null;
  turns_25_on: string | null;
  turns_30_on: string | null;
  work_or_studies_on: string | null;
};
type ResidenceRow = { from_day: string; kommun: string };
type DecisionRow = {
  decision_id: string;
  valid_from: string;
  valid_to: string;
  ended_on: string | null;
  end_reason: string | null;
  moved_on: boolean;
};
type AvslagRow = {
  number: number;
  rejected_on: string;
  kommun: string;
  offered: boolean;
  accepted: boolean;
  declined: boolean;
  unreachable: boolean;
  referred: boolean;
  contact_established: boolean;
  omstallningsmote: boolean;
};
type OmstallningsmoteRow = { meeting_id: string };
type ContactChangeRow = { number: number; changed_on: string; kommun: string; person_informed: boolean };
type InsatsRow = {
  insats_id: string;
  insats_type: string;
  kommun: string;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
  cut_by_benefit_end: boolean;
};

type ReportingRows = {
  people: PeopleRow;
  residences: ResidenceRow;
  decisions: DecisionRow;
  avslag: AvslagRow;
  omstallningsmoten: OmstallningsmoteRow;
  contact_changes: ContactChangeRow;
  insatser: InsatsRow;
};

export type ReportingTable = keyof ReportingRows;

/** An outcome of work or studies up to this long after a benefit ended counts as moving on from it. */
export const MOVED_ON_WITHIN_DAYS = 365;

/** The avslag flag each lotsning event sets on the journey's latest avslag. */
const AVSLAG_FLAGS = {
  SupportOffered: 'offered',
  SupportAccepted: 'accepted',
  SupportDeclined: 'declined',
  LotsningClosed: 'unreachable',
  ReferralMade: 'referred',
  ContactEstablished: 'contact_established',
} as const satisfies Partial<Record<ProjectedEvent['event']['type'], keyof AvslagRow>>;

/** The greatest `number` of the journey's rows, if any. */
const latestNumber = <Row extends { number: number }>(rows: RowSet<Row>): number | undefined =>
  rows
    .all()
    .reduce<number | undefined>((max, row) => (max === undefined || row.number > max ? row.number : max), undefined);

/** The next number of a numbered table: one more than the greatest, 1 for the first row. */
const nextNumber = <Row extends { number: number }>(rows: RowSet<Row>): number => (latestNumber(rows) ?? 0) + 1;

/**
 * The kommun the person lives in now: the residence with the latest `from_day`. A journey always has one
 * from JourneyOpened on; without it the fact cannot be placed, and the event fails as the SQL insert of a
 * null kommun did before.
 */
function kommunNow(residences: RowSet<ResidenceRow>, { journeyId, event }: ProjectedEvent): string {
  let latest: ResidenceRow | undefined;
  for (const row of residences.all()) if (!latest || row.from_day > latest.from_day) latest = row;
  if (!latest) throw new Error(`reporting: ${event.type} of journey ${journeyId}, which has no residence`);
  return latest.kommun;
}

/**
 * What the reports count, one row per fact: decisions with their periods and endings, avslag with how
 * lotsning went, contact-person changes, insatser with their lengths. Each person appears as the journey
 * id with legal gender, the days they turn 19/20/25/30 (for age bands at any date) and kommun over time;
 * no personnummer, name or free text. Gender and those days come from the personnummer: PersonalDataErased
 * clears them (as a rebuild, reading the personnummer as null, never writes them), and the person drops
 * out of the tables that need them (docs/adr/0013).
 */
export const reportingProjection = slicedProjection<ReportingRows>({
  name: 'reporting',
  version: 4,
  tables: {
    people: {
      columns: {
        gender: 'text',
        opened_on: 'text not null',
        turns_19_on: 'text',
        turns_20_on: 'text',
        turns_25_on: 'text',
        turns_30_on: 'text',
        work_or_studies_on: 'text',
      },
      key: [],
    },
    residences: {
      columns: { from_day: 'text not null', kommun: 'text not null' },
      key: ['from_day'],
      indexes: ['(kommun text_pattern_ops, from_day)'],
    },
    decisions: {
      columns: {
        decision_id: 'text not null',
        valid_from: 'text not null',
        valid_to: 'text not null',
        ended_on: 'text',
        end_reason: 'text',
        moved_on: 'boolean not null',
      },
      key: ['decision_id'],
      indexes: ['(valid_to, valid_from)', '(ended_on) where ended_on is not null'],
    },
    avslag: {
      columns: {
        number: 'int not null',
        rejected_on: 'text not null',
        kommun: 'text not null',
        offered: 'boolean not null',
        accepted: 'boolean not null',
        declined: 'boolean not null',
        unreachable: 'boolean not null',
        referred: 'boolean not null',
        contact_established: 'boolean not null',
        omstallningsmote: 'boolean not null',
      },
      key: ['number'],
      indexes: ['(rejected_on)'],
    },
    omstallningsmoten: {
      columns: { meeting_id: 'text not null' },
      key: ['meeting_id'],
    },
    contact_changes: {
      columns: {
        number: 'int not null',
        changed_on: 'text not null',
        kommun: 'text not null',
        person_informed: 'boolean not null',
      },
      key: ['number'],
      indexes: ['(changed_on)'],
    },
    insatser: {
      columns: {
        insats_id: 'text not null',
        insats_type: 'text not null',
        kommun: 'text not null',
        started_on: 'text not null',
        ended_on: 'text',
        end_reason: 'text',
        cut_by_benefit_end: 'boolean not null',
      },
      key: ['insats_id'],
      indexes: ['(ended_on)'],
    },
  },

  apply(rows, projected) {
    const { people, residences, decisions, avslag, omstallningsmoten, contact_changes, insatser } = rows;
    const { event, occurredAt } = projected;
    const day = swedishDate(occurredAt);
    const markLatestAvslag = (change: Partial<AvslagRow>) => {
      const number = latestNumber(avslag);
      if (number !== undefined) avslag.update({ number }, change);
    };
    switch (event.type) {
      case 'JourneyOpened': {
        const birth = event.data.birthDate;
        const born = (years: number) => (birth ? addYears(birth, years) : null);
        people.add({
          gender: legalGenderOf(event.data.personnummer) ?? null,
          opened_on: day,
          turns_19_on: born(19),
          turns_20_on: born(20),
          turns_25_on: born(25),
          turns_30_on: born(30),
          work_or_studies_on: null,
        });
        residences.add({ from_day: day, kommun: event.data.homeKommun });
        return;
      }
      case 'PersonalDataErased':
        people.update({}, { gender: null, turns_19_on: null, turns_20_on: null, turns_25_on: null, turns_30_on: null });
        return;
      case 'HomeKommunChanged':
        residences.put({ from_day: day, kommun: event.data.to });
        return;
      case 'DecisionGranted':
        decisions.add({
          decision_id: event.data.decisionId,
          valid_from: event.data.period.from,
          valid_to: event.data.period.to,
          ended_on: null,
          end_reason: null,
          moved_on: false,
        });
        return;
      case 'BenefitEnded': {
        const workOrStudiesOn = people.get()?.work_or_studies_on ?? null;
        decisions.update({ decision_id: event.data.decisionId }, (decision) => ({
          ended_on: day,
          end_reason: event.data.reason,
          moved_on: workOrStudiesOn !== null && workOrStudiesOn >= decision.valid_from,
        }));
        for (const insats of event.data.runningInsatser)
          insatser.update({ insats_id: insats.insatsId }, { cut_by_benefit_end: true });
        return;
      }
      case 'OutcomeRecorded': {
        if (event.data.kind !== 'work' && event.data.kind !== 'studies') return;
        people.update({}, { work_or_studies_on: day });
        const since = addDays(day, -MOVED_ON_WITHIN_DAYS);
        for (const decision of decisions.all())
          if (decision.ended_on !== null && decision.ended_on >= since)
            decisions.update({ decision_id: decision.decision_id }, { moved_on: true });
        return;
      }
      case 'ApplicationRejected':
        avslag.put({
          number: nextNumber(avslag),
          rejected_on: day,
          kommun: kommunNow(residences, projected),
          offered: false,
          accepted: false,
          declined: false,
          unreachable: false,
          referred: false,
          contact_established: false,
          omstallningsmote: false,
        });
        return;
      case 'SupportOffered':
      case 'SupportAccepted':
      case 'SupportDeclined':
      case 'LotsningClosed':
      case 'ReferralMade':
      case 'ContactEstablished': {
        const change: Partial<AvslagRow> = {};
        change[AVSLAG_FLAGS[event.type]] = true;
        markLatestAvslag(change);
        return;
      }
      case 'MeetingScheduled':
        if (event.data.kind === 'omstallningsmote') omstallningsmoten.add({ meeting_id: event.data.meetingId });
        return;
      case 'MeetingHeld':
        if (omstallningsmoten.get({ meeting_id: event.data.meetingId })) markLatestAvslag({ omstallningsmote: true });
        return;
      case 'ContactPersonChanged':
        contact_changes.put({
          number: nextNumber(contact_changes),
          changed_on: day,
          kommun: kommunNow(residences, projected),
          person_informed: event.data.personInformed,
        });
        return;
      case 'InsatsStarted':
        insatser.add({
          insats_id: event.data.insatsId,
          insats_type: event.data.insatsType,
          kommun: event.data.kommun,
          started_on: event.data.startDate,
          ended_on: null,
          end_reason: null,
          cut_by_benefit_end: false,
        });
        return;
      case 'InsatsEnded':
        insatser.update({ insats_id: event.data.insatsId }, (insats) => ({
          ended_on: event.data.endDate,
          end_reason: event.data.reason,
          cut_by_benefit_end: insats.cut_by_benefit_end || event.data.reason === 'interrupted_benefit_ended',
        }));
        return;
      default:
        return;
    }
  },
});
