import { swedishDate, type JourneyEvent, type OrganisationRef } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';

type Table = 'participants' | 'insatser' | 'contacts' | 'certificates' | 'benefits';

/** The organisations an event draws into a journey, besides its author. */
function organisationsNamedBy(event: JourneyEvent): OrganisationRef[] {
  switch (event.type) {
    case 'InsatsStarted':
      return [event.data.provider, event.data.orderedBy];
    case 'MeetingScheduled':
      return event.data.participants.map((participant) => participant.organisation);
    case 'ReferralMade':
      return [event.data.to];
    case 'ContactEstablished':
      return [event.data.with];
    case 'MedicalCertificateReceived':
      return [event.data.issuedBy];
    default:
      return [];
  }
}

/**
 * Who takes part in which journey, and with what: the participants, contact persons (role and
 * organisation only; names stay in the journey) and insatser of each organisation, for the kommun,
 * region and samordningsförbund views; plus each journey's benefit end and latest läkarutlåtande,
 * for the region's list of who needs one before a decision ends.
 */
export const involvementProjection: Projection<Table> = {
  name: 'involvement',
  version: 2,
  tableNames: ['participants', 'insatser', 'contacts', 'certificates', 'benefits'],
  createTables: (t) => `
    create table ${t.participants} (
      organisation text not null, journey_id uuid not null, since text not null, primary key (organisation, journey_id));
    create table ${t.insatser} (
      journey_id uuid not null, insats_id text not null, insats_type text not null, provider text not null,
      ordered_by text not null, kommun text not null, extent_percent int not null, start_date text not null,
      planned_end text, end_date text, status text not null, primary key (journey_id, insats_id));
    create index on ${t.insatser} (provider);
    create index on ${t.insatser} (ordered_by);
    create table ${t.contacts} (
      journey_id uuid not null, organisation text not null, role text not null, since text not null,
      changes int not null default 0, last_change_told boolean, primary key (journey_id, organisation, role));
    create index on ${t.contacts} (organisation);
    create table ${t.certificates} (journey_id uuid primary key, last_issued_on text not null, issued_by text not null);
    create table ${t.benefits} (journey_id uuid primary key, valid_from text not null, valid_to text not null, active boolean not null);
    create index on ${t.benefits} (valid_to) where active;`,

  async apply(tx, t, { journeyId, event, author, occurredAt }) {
    // A privacy officer erasing on the person's request takes no part in the journey.
    if (event.type === 'PersonalDataErased') return;
    const day = swedishDate(occurredAt);
    for (const organisation of new Set([author, ...organisationsNamedBy(event)])) {
      if (organisation === 'PERSON') continue;
      await tx.query(`insert into ${t.participants} values ($1, $2, $3) on conflict do nothing`, [
        organisation,
        journeyId,
        day,
      ]);
    }
    switch (event.type) {
      case 'InsatsStarted': {
        const d = event.data;
        await tx.query(
          `insert into ${t.insatser} values ($1, $2, $3, $4, $5, $6, $7, $8, $9, null, 'running') on conflict do nothing`,
          [
            journeyId,
            d.insatsId,
            d.insatsType,
            d.provider,
            d.orderedBy,
            d.kommun,
            d.extentPercent,
            d.startDate,
            d.plannedEnd,
          ],
        );
        return;
      }
      case 'InsatsPaused':
      case 'InsatsResumed':
        await tx.query(`update ${t.insatser} set status = $3 where journey_id = $1 and insats_id = $2`, [
          journeyId,
          event.data.insatsId,
          event.type === 'InsatsPaused' ? 'paused' : 'running',
        ]);
        return;
      case 'InsatsEnded':
        await tx.query(
          `update ${t.insatser} set status = 'ended', end_date = $3 where journey_id = $1 and insats_id = $2`,
          [journeyId, event.data.insatsId, event.data.endDate],
        );
        return;
      case 'ContactPersonAssigned':
        await tx.query(
          `insert into ${t.contacts} (journey_id, organisation, role, since) values ($1, $2, $3, $4) on conflict do nothing`,
          [journeyId, event.data.organisation, event.data.role, day],
        );
        return;
      case 'ContactPersonChanged':
        await tx.query(
          `update ${t.contacts} set since = $4, changes = changes + 1, last_change_told = $5
           where journey_id = $1 and organisation = $2 and role = $3`,
          [journeyId, event.data.organisation, event.data.role, day, event.data.personInformed],
        );
        return;
      case 'MedicalCertificateReceived':
        await tx.query(
          `insert into ${t.certificates} values ($1, $2, $3)
           on conflict (journey_id) do update set last_issued_on = greatest(${t.certificates}.last_issued_on, $2), issued_by = $3`,
          [journeyId, event.data.issuedOn, event.data.issuedBy],
        );
        return;
      case 'DecisionGranted':
        await tx.query(
          `insert into ${t.benefits} values ($1, $2, $3, true)
           on conflict (journey_id) do update set valid_from = $2, valid_to = $3, active = true`,
          [journeyId, event.data.period.from, event.data.period.to],
        );
        return;
      case 'BenefitEnded':
        await tx.query(`update ${t.benefits} set active = false where journey_id = $1`, [journeyId]);
        return;
      default:
        return;
    }
  },
};
