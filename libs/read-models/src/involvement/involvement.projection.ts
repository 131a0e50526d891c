import { swedishDate, type JourneyEvent, type OrganisationRef } from '@samsyn/domain';
import { slicedProjection } from '@samsyn/projections';

type ParticipantRow = { organisation: string; since: string };
type InsatsRow = {
  insats_id: string;
  insats_type: string;
  provider: string;
  ordered_by: string;
  kommun: string;
  extent_percent: number;
  start_date: string;
  planned_end: string | null;
  end_date: string | null;
  status: string;
};
type ContactRow = {
  organisation: string;
  role: string;
  since: string;
  changes: number;
  last_change_told: boolean | null;
};
type CertificateRow = { last_issued_on: string; issued_by: string };
type BenefitRow = { valid_from: string; valid_to: string; active: boolean };

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
export const involvementProjection = slicedProjection<{
  participants: ParticipantRow;
  insatser: InsatsRow;
  contacts: ContactRow;
  certificates: CertificateRow;
  benefits: BenefitRow;
}>({
  name: 'involvement',
  version: 3,
  tables: {
    participants: {
      columns: { organisation: 'text not null', since: 'text not null' },
      key: ['organisation'],
      indexes: ['(organisation)'],
    },
    insatser: {
      columns: {
        insats_id: 'text not null',
        insats_type: 'text not null',
        provider: 'text not null',
        ordered_by: 'text not null',
        kommun: 'text not null',
        extent_percent: 'int not null',
        start_date: 'text not null',
        planned_end: 'text',
        end_date: 'text',
        status: 'text not null',
      },
      key: ['insats_id'],
      indexes: ['(provider)', '(ordered_by)'],
    },
    contacts: {
      columns: {
        organisation: 'text not null',
        role: 'text not null',
        since: 'text not null',
        changes: 'int not null',
        last_change_told: 'boolean',
      },
      key: ['organisation', 'role'],
      indexes: ['(organisation)'],
    },
    certificates: {
      columns: { last_issued_on: 'text not null', issued_by: 'text not null' },
      key: [],
    },
    benefits: {
      columns: { valid_from: 'text not null', valid_to: 'text not null', active: 'boolean not null' },
      key: [],
      indexes: ['(valid_to) where active'],
    },
  },

  apply({ participants, insatser, contacts, certificates, benefits }, { event, author, occurredAt }) {
    // A privacy officer erasing on the person's request takes no part in the journey.
    if (event.type === 'PersonalDataErased') return;
    const day = swedishDate(occurredAt);
    for (const organisation of new Set([author, ...organisationsNamedBy(event)])) {
      if (organisation === 'PERSON') continue;
      participants.add({ organisation, since: day });
    }
    switch (event.type) {
      case 'InsatsStarted': {
        const d = event.data;
        insatser.add({
          insats_id: d.insatsId,
          insats_type: d.insatsType,
          provider: d.provider,
          ordered_by: d.orderedBy,
          kommun: d.kommun,
          extent_percent: d.extentPercent,
          start_date: d.startDate,
          planned_end: d.plannedEnd,
          end_date: null,
          status: 'running',
        });
        return;
      }
      case 'InsatsPaused':
      case 'InsatsResumed':
        insatser.update(
          { insats_id: event.data.insatsId },
          { status: event.type === 'InsatsPaused' ? 'paused' : 'running' },
        );
        return;
      case 'InsatsEnded':
        insatser.update({ insats_id: event.data.insatsId }, { status: 'ended', end_date: event.data.endDate });
        return;
      case 'ContactPersonAssigned': {
        const { organisation, role } = event.data;
        contacts.add({ organisation, role, since: day, changes: 0, last_change_told: null });
        return;
      }
      case 'ContactPersonChanged': {
        const { organisation, role, personInformed } = event.data;
        contacts.update({ organisation, role }, (row) => ({
          since: day,
          changes: row.changes + 1,
          last_change_told: personInformed,
        }));
        return;
      }
      case 'MedicalCertificateReceived': {
        const { issuedOn, issuedBy } = event.data;
        const before = certificates.get();
        const lastIssuedOn = before && before.last_issued_on > issuedOn ? before.last_issued_on : issuedOn;
        certificates.put({ last_issued_on: lastIssuedOn, issued_by: issuedBy });
        return;
      }
      case 'DecisionGranted':
        benefits.put({ valid_from: event.data.period.from, valid_to: event.data.period.to, active: true });
        return;
      case 'BenefitEnded':
        benefits.update({}, { active: false });
        return;
      default:
        return;
    }
  },
});
