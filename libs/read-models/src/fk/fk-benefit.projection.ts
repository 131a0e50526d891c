import { swedishDate } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';
import { addYears } from '../dates';

type Table = 'decisions' | 'avslag_cases' | 'persons';

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
export const fkBenefitProjection: Projection<Table> = {
  name: 'fk_benefit',
  version: 2,
  tableNames: ['decisions', 'avslag_cases', 'persons'],
  createTables: (t) => `
    create table ${t.decisions} (
      journey_id uuid primary key, decision_id text not null, grade text not null,
      valid_from text not null, valid_to text not null, active boolean not null);
    create index on ${t.decisions} (valid_to) where active;
    create table ${t.avslag_cases} (
      journey_id uuid primary key, rejected_on text not null, status text not null,
      failed_attempts int not null default 0, referred_to text[] not null default '{}', updated_on text not null);
    create index on ${t.avslag_cases} (status);
    create table ${t.persons} (journey_id uuid primary key, home_kommun text not null, turns_30_on text);
    create index on ${t.persons} (turns_30_on);`,

  async apply(tx, t, { journeyId, event, occurredAt }) {
    const day = swedishDate(occurredAt);
    const setStatus = (status: LotsningStatus) =>
      tx.query(`update ${t.avslag_cases} set status = $2, updated_on = $3 where journey_id = $1`, [
        journeyId,
        status,
        day,
      ]);
    switch (event.type) {
      case 'JourneyOpened': {
        const birth = event.data.birthDate;
        await tx.query(`insert into ${t.persons} values ($1, $2, $3) on conflict (journey_id) do nothing`, [
          journeyId,
          event.data.homeKommun,
          birth ? addYears(birth, 30) : null,
        ]);
        return;
      }
      case 'PersonalDataErased':
        await tx.query(`update ${t.persons} set turns_30_on = null where journey_id = $1`, [journeyId]);
        return;
      case 'HomeKommunChanged':
        await tx.query(`update ${t.persons} set home_kommun = $2 where journey_id = $1`, [journeyId, event.data.to]);
        return;
      case 'DecisionGranted':
        await tx.query(
          `insert into ${t.decisions} values ($1, $2, $3, $4, $5, true)
           on conflict (journey_id) do update set decision_id = $2, grade = $3, valid_from = $4, valid_to = $5, active = true`,
          [journeyId, event.data.decisionId, event.data.grade, event.data.period.from, event.data.period.to],
        );
        return;
      case 'BenefitEnded':
        await tx.query(`update ${t.decisions} set active = false where journey_id = $1`, [journeyId]);
        return;
      case 'ApplicationRejected':
        await tx.query(
          `insert into ${t.avslag_cases} (journey_id, rejected_on, status, updated_on) values ($1, $2, 'open', $2)
           on conflict (journey_id) do update set rejected_on = $2, status = 'open', failed_attempts = 0, referred_to = '{}', updated_on = $2`,
          [journeyId, day],
        );
        return;
      case 'SupportOffered':
        await setStatus('offered');
        return;
      case 'SupportAccepted':
        await setStatus('accepted');
        return;
      case 'SupportDeclined':
        await setStatus('declined');
        return;
      case 'ContactAttemptFailed':
        await tx.query(`update ${t.avslag_cases} set failed_attempts = $2, updated_on = $3 where journey_id = $1`, [
          journeyId,
          event.data.attempt,
          day,
        ]);
        return;
      case 'LotsningClosed':
        await setStatus('unreachable');
        return;
      case 'ReferralMade':
        await tx.query(
          `update ${t.avslag_cases} set status = 'referred', referred_to = array_append(referred_to, $2), updated_on = $3
           where journey_id = $1`,
          [journeyId, event.data.to, day],
        );
        return;
      case 'ContactEstablished':
        await setStatus('contact_established');
        return;
      default:
        return;
    }
  },
};
