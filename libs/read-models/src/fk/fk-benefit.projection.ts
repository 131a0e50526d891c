import { swedishDate } from '@samsyn/domain';
import { slicedProjection } from '@samsyn/projections';
import { addYears } from '../dates';

type DecisionRow = {
  decision_id: string;
  grade: string;
  valid_from: string;
  valid_to: string;
  active: boolean;
};
type AvslagCaseRow = {
  rejected_on: string;
  status: LotsningStatus;
  failed_attempts: number;
  referred_to: string[];
  updated_on: string;
};
type PersonRow = { home_kommun: string; turns_30_on: string | null };

/** The stages of FK's lotsning after an avslag, as FK follows them up. */
export const LOTSNING_STATUSES = [
  'open',
  'offered',
  'accepted',
  'declined',
  'unreachable',
  'referred',
  'contact_established',
] as const;
export type LotsningStatus = (typeof LOTSNING_STATUSES)[number];

/**
 * Försäkringskassan's working lists: current decisions (to see those ending soon), avslag cases with
 * their lotsning status, and when each person turns 30. Nothing personal is kept: the journey id stands
 * for the person. The turns-30 day comes from the birth date, so it goes when the person's data is erased
 * (and a rebuild, reading the birth date as null, never writes it).
 */
export const fkBenefitProjection = slicedProjection<{
  decisions: DecisionRow;
  avslag_cases: AvslagCaseRow;
  persons: PersonRow;
}>({
  name: 'fk_benefit',
  version: 3,
  tables: {
    decisions: {
      columns: {
        decision_id: 'text not null',
        grade: 'text not null',
        valid_from: 'text not null',
        valid_to: 'text not null',
        active: 'boolean not null',
      },
      key: [],
      indexes: ['(valid_to) where active'],
    },
    avslag_cases: {
      columns: {
        rejected_on: 'text not null',
        status: 'text not null',
        failed_attempts: 'int not null default 0',
        referred_to: "text[] not null default '{}'",
        updated_on: 'text not null',
      },
      key: [],
      indexes: ['(status)'],
    },
    persons: {
      columns: { home_kommun: 'text not null', turns_30_on: 'text' },
      key: [],
      indexes: ['(turns_30_on)'],
    },
  },

  apply({ decisions, avslag_cases, persons }, { event, occurredAt }) {
    const day = swedishDate(occurredAt);
    const setStatus = (status: LotsningStatus) => avslag_cases.update({}, { status, updated_on: day });
    switch (event.type) {
      case 'JourneyOpened': {
        const birth = event.data.birthDate;
        persons.add({ home_kommun: event.data.homeKommun, turns_30_on: birth ? addYears(birth, 30) : null });
        return;
      }
      case 'PersonalDataErased':
        persons.update({}, { turns_30_on: null });
        return;
      case 'HomeKommunChanged':
        persons.update({}, { home_kommun: event.data.to });
        return;
      case 'DecisionGranted': {
        const { decisionId, grade, period } = event.data;
        decisions.put({ decision_id: decisionId, grade, valid_from: period.from, valid_to: period.to, active: true });
        return;
      }
      case 'BenefitEnded':
        decisions.update({}, { active: false });
        return;
      case 'ApplicationRejected':
        avslag_cases.put({ rejected_on: day, status: 'open', failed_attempts: 0, referred_to: [], updated_on: day });
        return;
      case 'SupportOffered':
        setStatus('offered');
        return;
      case 'SupportAccepted':
        setStatus('accepted');
        return;
      case 'SupportDeclined':
        setStatus('declined');
        return;
      case 'ContactAttemptFailed':
        avslag_cases.update({}, { failed_attempts: event.data.attempt, updated_on: day });
        return;
      case 'LotsningClosed':
        setStatus('unreachable');
        return;
      case 'ReferralMade': {
        const { to } = event.data;
        avslag_cases.update({}, (row) => ({
          status: 'referred',
          referred_to: [...row.referred_to, to],
          updated_on: day,
        }));
        return;
      }
      case 'ContactEstablished':
        setStatus('contact_established');
        return;
      default:
        return;
    }
  },
});
