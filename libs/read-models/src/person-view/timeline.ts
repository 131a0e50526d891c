import { categoryOf, type DataCategory, type JourneyEvent } from '@samsyn/domain';
import type { ProjectedEvent } from '@samsyn/projections';
import { formatPosition } from '@samsyn/event-store';
import type { PlainText } from './what-happens-next';

type EventType = JourneyEvent['type'];

/** What each event means, in a line a person or a caseworker reads without knowing the event names. */
const LABELS: { readonly [Type in EventType]: PlainText } = {
  JourneyOpened: { sv: 'Resan i Samsyn startade', en: 'The journey in Samsyn started' },
  HomeKommunChanged: { sv: 'Ny hemkommun', en: 'New home municipality' },
  RepresentativeAppointed: { sv: 'Ett ombud eller en god man utsågs', en: 'A representative was appointed' },
  RepresentativeRemoved: { sv: 'Ett ombud eller en god man slutade', en: 'A representative stepped down' },
  ConsentGiven: { sv: 'Samtycke lämnades', en: 'Consent was given' },
  ConsentWithdrawn: { sv: 'Samtycke togs tillbaka', en: 'Consent was withdrawn' },
  PersonalDataErased: { sv: 'Personuppgifterna raderades', en: 'Personal data erased' },
  ApplicationReceived: {
    sv: 'Ansökan om aktivitetsersättning kom in',
    en: 'Application for activity compensation received',
  },
  MedicalCertificateReceived: { sv: 'Läkarutlåtande kom in', en: 'Medical certificate received' },
  DecisionGranted: { sv: 'Aktivitetsersättning beviljades', en: 'Activity compensation granted' },
  ApplicationRejected: { sv: 'Ansökan fick avslag', en: 'Application rejected' },
  BenefitEnded: { sv: 'Aktivitetsersättningen upphörde', en: 'Activity compensation ended' },
  SpecialCompensationGranted: { sv: 'Särskild ersättning beviljades', en: 'Special compensation granted' },
  SupportOffered: {
    sv: 'Försäkringskassan erbjöd stöd att hitta rätt kontakt',
    en: 'Försäkringskassan offered help finding the right contact',
  },
  SupportAccepted: { sv: 'Stödet togs emot', en: 'The help was accepted' },
  SupportDeclined: { sv: 'Stödet avböjdes', en: 'The help was declined' },
  ContactAttemptFailed: {
    sv: 'Försäkringskassan försökte nå personen',
    en: 'Försäkringskassan tried to reach the person',
  },
  LotsningClosed: { sv: 'Lotsningen avslutades utan kontakt', en: 'The guidance was closed without contact' },
  ReferralMade: { sv: 'Hänvisning till en annan aktör', en: 'Referred to another organisation' },
  ContactEstablished: {
    sv: 'Kontakt etablerad med en aktör som stöttar',
    en: 'Contact established with a supporting organisation',
  },
  MeetingScheduled: { sv: 'Möte bokat', en: 'Meeting booked' },
  MeetingHeld: { sv: 'Möte hölls', en: 'Meeting held' },
  MeetingCancelled: { sv: 'Möte ställdes in', en: 'Meeting cancelled' },
  JobSeekerRegistered: { sv: 'Inskriven som arbetssökande', en: 'Registered as a job seeker' },
  JobSeekerDeregistered: { sv: 'Utskriven som arbetssökande', en: 'No longer registered as a job seeker' },
  InsatsStarted: { sv: 'En insats startade', en: 'An activity started' },
  InsatsPaused: { sv: 'En insats pausades', en: 'An activity was paused' },
  InsatsResumed: { sv: 'En insats fortsatte', en: 'An activity resumed' },
  InsatsEnded: { sv: 'En insats avslutades', en: 'An activity ended' },
  ContactPersonAssigned: { sv: 'Kontaktperson utsedd', en: 'Contact person assigned' },
  ContactPersonChanged: { sv: 'Ny kontaktperson', en: 'Contact person changed' },
  PlanAgreed: { sv: 'Gemensam plan klar', en: 'Joint plan agreed' },
  PlanRevised: { sv: 'Planen reviderades', en: 'The plan was revised' },
  OutcomeRecorded: { sv: 'Nästa steg: arbete, studier eller annat', en: 'Next step: work, studies or other' },
};

export interface TimelineEntry {
  revision: number;
  position: string;
  occurredAt: string;
  type: EventType;
  author: string;
  category: DataCategory;
  label: PlainText;
}

/** One line of the shared timeline: what happened, when, by whom; the details stay in the event. */
export function timelineEntry(projected: ProjectedEvent): TimelineEntry {
  return {
    revision: projected.revision,
    position: formatPosition(projected.position),
    occurredAt: projected.occurredAt,
    type: projected.event.type,
    author: projected.author,
    category: categoryOf(projected.event),
    label: LABELS[projected.event.type],
  };
}
