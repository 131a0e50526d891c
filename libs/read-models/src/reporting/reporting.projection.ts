import { swedishDate } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';
import { addDays, addYears } from '../dates';
import { legalGenderOf } from './legal-gender';

export type ReportingTable =
  'people' | 'residences' | 'decisions' | 'avslag' | 'omstallningsmoten' | 'contact_changes' | 'insatser';

/** An outcome of work or studies up to this long after a benefit ended counts as moving on from it. */
export const MOVED_ON_WITHIN_DAYS = 365;

/**
 * What the reports count, one row per fact: decisions with their periods and endings, avslag with how
 * lotsning went, contact-person changes, insatser with their lengths. Each person appears as the journey
 * id with legal gender, the days they turn 19/20/25/30 (for age bands at any date) and kommun over time;
 * no personnummer, name or free text. Gender and those days come from the personnummer: PersonalDataErased
 * clears them (as a rebuild, reading the personnummer as null, never writes them), and the person drops
 * out of the tables that need them (docs/adr/0013).
 */
export const reportingProjection: Projection<ReportingTable> = {
  name: 'reporting',
  version: 3,
  tableNames: ['people', 'residences', 'decisions', 'avslag', 'omstallningsmoten', 'contact_changes', 'insatser'],
  createTables: (t) => `
    create table ${t.people} (
      journey_id uuid primary key, gender text, opened_on text not null,
      turns_19_on text, turns_20_on text, turns_25_on text, turns_30_on text, work_or_studies_on text);
    create table ${t.residences} (journey_id uuid not null, from_day text not null, kommun text not null, primary key (journey_id, from_day));
    create index on ${t.residences} (kommun text_pattern_ops, from_day);
    create table ${t.decisions} (
      journey_id uuid not null, decision_id text not null, valid_from text not null, valid_to text not null,
      ended_on text, end_reason text, moved_on boolean not null default false, primary key (journey_id, decision_id));
    create index on ${t.decisions} (valid_to, valid_from);
    create index on ${t.decisions} (ended_on) where ended_on is not null;
    create table ${t.avslag} (
      journey_id uuid not null, number int not null, rejected_on text not null, kommun text not null,
      offered boolean not null default false, accepted boolean not null default false, declined boolean not null default false,
      unreachable boolean not null default false, referred boolean not null default false,
      contact_established boolean not null default false, omstallningsmote boolean not null default false,
      primary key (journey_id, number));
    create index on ${t.avslag} (rejected_on);
    create table ${t.omstallningsmoten} (journey_id uuid not null, meeting_id text not null, primary key (journey_id, meeting_id));
    create table ${t.contact_changes} (journey_id uuid not null, changed_on text not null, kommun text not null, person_informed boolean not null);
    create index on ${t.contact_changes} (changed_on);
    create table ${t.insatser} (
      journey_id uuid not null, insats_id text not null, insats_type text not null, kommun text not null,
      started_on text not null, ended_on text, end_reason text, cut_by_benefit_end boolean not null default false,
      primary key (journey_id, insats_id));
    create index on ${t.insatser} (ended_on);`,

  async apply(tx, t, { journeyId, event, occurredAt }) {
    const day = swedishDate(occurredAt);
    const kommunNow = `(select kommun from ${t.residences} where journey_id = $1 order by from_day desc limit 1)`;
    const latestAvslag = `(select max(number) from ${t.avslag} where journey_id = $1)`;
    const markAvslag = (column: string) =>
      tx.query(`update ${t.avslag} set ${column} = true where journey_id = $1 and number = ${latestAvslag}`, [
        journeyId,
      ]);
    switch (event.type) {
      case 'JourneyOpened': {
        const birth = event.data.birthDate;
        const born = (years: number) => (birth ? addYears(birth, years) : null);
        await tx.query(
          `insert into ${t.people} (journey_id, gender, opened_on, turns_19_on, turns_20_on, turns_25_on, turns_30_on)
           values ($1, $2, $3, $4, $5, $6, $7) on conflict (journey_id) do nothing`,
          [journeyId, legalGenderOf(event.data.personnummer) ?? null, day, born(19), born(20), born(25), born(30)],
        );
        await tx.query(`insert into ${t.residences} values ($1, $2, $3) on conflict do nothing`, [
          journeyId,
          day,
          event.data.homeKommun,
        ]);
        return;
      }
      case 'PersonalDataErased':
        await tx.query(
          `update ${t.people} set gender = null, turns_19_on = null, turns_20_on = null, turns_25_on = null, turns_30_on = null
           where journey_id = $1`,
          [journeyId],
        );
        return;
      case 'HomeKommunChanged':
        await tx.query(
          `insert into ${t.residences} values ($1, $2, $3) on conflict (journey_id, from_day) do update set kommun = $3`,
          [journeyId, day, event.data.to],
        );
        return;
      case 'DecisionGranted':
        await tx.query(
          `insert into ${t.decisions} (journey_id, decision_id, valid_from, valid_to) values ($1, $2, $3, $4) on conflict do nothing`,
          [journeyId, event.data.decisionId, event.data.period.from, event.data.period.to],
        );
        return;
      case 'BenefitEnded':
        await tx.query(
          `update ${t.decisions} d set ended_on = $3, end_reason = $4,
             moved_on = coalesce((select p.work_or_studies_on >= d.valid_from from ${t.people} p where p.journey_id = $1), false)
           where journey_id = $1 and decision_id = $2`,
          [journeyId, event.data.decisionId, day, event.data.reason],
        );
        for (const insats of event.data.runningInsatser)
          await tx.query(
            `update ${t.insatser} set cut_by_benefit_end = true where journey_id = $1 and insats_id = $2`,
            [journeyId, insats.insatsId],
          );
        return;
      case 'OutcomeRecorded':
        if (event.data.kind !== 'work' && event.data.kind !== 'studies') return;
        await tx.query(`update ${t.people} set work_or_studies_on = $2 where journey_id = $1`, [journeyId, day]);
        await tx.query(
          `update ${t.decisions} set moved_on = true where journey_id = $1 and ended_on is not null and ended_on >= $2`,
          [journeyId, addDays(day, -MOVED_ON_WITHIN_DAYS)],
        );
        return;
      case 'ApplicationRejected':
        await tx.query(
          `insert into ${t.avslag} (journey_id, number, rejected_on, kommun)
           values ($1, coalesce(${latestAvslag}, 0) + 1, $2, ${kommunNow})`,
          [journeyId, day],
        );
        return;
      case 'SupportOffered':
        await markAvslag('offered');
        return;
      case 'SupportAccepted':
        await markAvslag('accepted');
        return;
      case 'SupportDeclined':
        await markAvslag('declined');
        return;
      case 'LotsningClosed':
        await markAvslag('unreachable');
        return;
      case 'ReferralMade':
        await markAvslag('referred');
        return;
      case 'ContactEstablished':
        await markAvslag('contact_established');
        return;
      case 'MeetingScheduled':
        if (event.data.kind === 'omstallningsmote')
          await tx.query(`insert into ${t.omstallningsmoten} values ($1, $2) on conflict do nothing`, [
            journeyId,
            event.data.meetingId,
          ]);
        return;
      case 'MeetingHeld':
        await tx.query(
          `update ${t.avslag} set omstallningsmote = true where journey_id = $1 and number = ${latestAvslag}
             and exists (select 1 from ${t.omstallningsmoten} where journey_id = $1 and meeting_id = $2)`,
          [journeyId, event.data.meetingId],
        );
        return;
      case 'ContactPersonChanged':
        await tx.query(`insert into ${t.contact_changes} values ($1, $2, ${kommunNow}, $3)`, [
          journeyId,
          day,
          event.data.personInformed,
        ]);
        return;
      case 'InsatsStarted':
        await tx.query(
          `insert into ${t.insatser} (journey_id, insats_id, insats_type, kommun, started_on) values ($1, $2, $3, $4, $5) on conflict do nothing`,
          [journeyId, event.data.insatsId, event.data.insatsType, event.data.kommun, event.data.startDate],
        );
        return;
      case 'InsatsEnded':
        await tx.query(
          `update ${t.insatser} set ended_on = $3, end_reason = $4,
             cut_by_benefit_end = cut_by_benefit_end or $4 = 'interrupted_benefit_ended'
           where journey_id = $1 and insats_id = $2`,
          [journeyId, event.data.insatsId, event.data.endDate, event.data.reason],
        );
        return;
      default:
        return;
    }
  },
};
