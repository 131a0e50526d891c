import { swedishDate } from '@samsyn/domain';
import type { Projection } from '@samsyn/projections';

type Table = 'decisions' | 'insatser' | 'uninformed_changes' | 'avslag';

/**
 * What the risk signals are computed from: active decisions, open insatser with their planned end,
 * contact-person changes the person was not told about, and avslag whose lotsning has not reached contact.
 */
export const riskSignalsProjection: Projection<Table> = {
  name: 'risk_signals',
  version: 2,
  tableNames: ['decisions', 'insatser', 'uninformed_changes', 'avslag'],
  createTables: (t) => `
    create table ${t.decisions} (journey_id uuid primary key, valid_to text not null);
    create table ${t.insatser} (
      journey_id uuid not null, insats_id text not null, insats_type text not null, provider text not null,
      planned_end text not null, primary key (journey_id, insats_id));
    create table ${t.uninformed_changes} (
      journey_id uuid not null, organisation text not null, role text not null, changed_on text not null,
      primary key (journey_id, organisation, role));
    create table ${t.avslag} (journey_id uuid primary key, rejected_on text not null);`,

  async apply(tx, t, { journeyId, event, occurredAt }) {
    const day = swedishDate(occurredAt);
    switch (event.type) {
      case 'DecisionGranted':
        await tx.query(
          `insert into ${t.decisions} values ($1, $2) on conflict (journey_id) do update set valid_to = $2`,
          [journeyId, event.data.period.to],
        );
        await tx.query(`delete from ${t.avslag} where journey_id = $1`, [journeyId]);
        return;
      case 'BenefitEnded':
        await tx.query(`delete from ${t.decisions} where journey_id = $1`, [journeyId]);
        return;
      case 'InsatsStarted':
        if (event.data.plannedEnd === null) return;
        await tx.query(`insert into ${t.insatser} values ($1, $2, $3, $4, $5) on conflict do nothing`, [
          journeyId,
          event.data.insatsId,
          event.data.insatsType,
          event.data.provider,
          event.data.plannedEnd,
        ]);
        return;
      case 'InsatsEnded':
        await tx.query(`delete from ${t.insatser} where journey_id = $1 and insats_id = $2`, [
          journeyId,
          event.data.insatsId,
        ]);
        return;
      case 'ContactPersonChanged':
        if (event.data.personInformed) {
          await tx.query(
            `delete from ${t.uninformed_changes} where journey_id = $1 and organisation = $2 and role = $3`,
            [journeyId, event.data.organisation, event.data.role],
          );
        } else {
          await tx.query(
            `insert into ${t.uninformed_changes} values ($1, $2, $3, $4)
             on conflict (journey_id, organisation, role) do update set changed_on = $4`,
            [journeyId, event.data.organisation, event.data.role, day],
          );
        }
        return;
      case 'ApplicationRejected':
        await tx.query(
          `insert into ${t.avslag} values ($1, $2) on conflict (journey_id) do update set rejected_on = $2`,
          [journeyId, day],
        );
        return;
      case 'ContactEstablished':
      case 'SupportDeclined':
      case 'LotsningClosed':
        await tx.query(`delete from ${t.avslag} where journey_id = $1`, [journeyId]);
        return;
      default:
        return;
    }
  },
};
