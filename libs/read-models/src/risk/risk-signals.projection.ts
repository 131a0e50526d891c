import { swedishDate } from '@samsyn/domain';
import { slicedProjection } from '@samsyn/projections';

type DecisionRow = { valid_to: string };
type InsatsRow = { insats_id: string; insats_type: string; provider: string; planned_end: string };
type UninformedChangeRow = { organisation: string; role: string; changed_on: string };
type AvslagRow = { rejected_on: string };

/**
 * What the risk signals are computed from: active decisions, open insatser with their planned end,
 * contact-person changes the person was not told about, and avslag whose lotsning has not reached contact.
 */
export const riskSignalsProjection = slicedProjection<{
  decisions: DecisionRow;
  insatser: InsatsRow;
  uninformed_changes: UninformedChangeRow;
  avslag: AvslagRow;
}>({
  name: 'risk_signals',
  version: 3,
  tables: {
    decisions: {
      columns: { valid_to: 'text not null' },
      key: [],
    },
    insatser: {
      columns: {
        insats_id: 'text not null',
        insats_type: 'text not null',
        provider: 'text not null',
        planned_end: 'text not null',
      },
      key: ['insats_id'],
    },
    uninformed_changes: {
      columns: { organisation: 'text not null', role: 'text not null', changed_on: 'text not null' },
      key: ['organisation', 'role'],
    },
    avslag: {
      columns: { rejected_on: 'text not null' },
      key: [],
    },
  },

  apply({ decisions, insatser, uninformed_changes, avslag }, { event, occurredAt }) {
    const day = swedishDate(occurredAt);
    switch (event.type) {
      case 'DecisionGranted':
        decisions.put({ valid_to: event.data.period.to });
        avslag.remove();
        return;
      case 'BenefitEnded':
        decisions.remove();
        return;
      case 'InsatsStarted': {
        const { insatsId, insatsType, provider, plannedEnd } = event.data;
        if (plannedEnd === null) return;
        insatser.add({ insats_id: insatsId, insats_type: insatsType, provider, planned_end: plannedEnd });
        return;
      }
      case 'InsatsEnded':
        insatser.remove({ insats_id: event.data.insatsId });
        return;
      case 'ContactPersonChanged': {
        const { organisation, role, personInformed } = event.data;
        if (personInformed) uninformed_changes.remove({ organisation, role });
        else uninformed_changes.put({ organisation, role, changed_on: day });
        return;
      }
      case 'ApplicationRejected':
        avslag.put({ rejected_on: day });
        return;
      case 'ContactEstablished':
      case 'SupportDeclined':
      case 'LotsningClosed':
        avslag.remove();
        return;
      default:
        return;
    }
  },
});
