import { swedishDate, swedishLocalTime, type ActiveJourney, type IsoTimestamp } from '@samsyn/domain';
import { addMonths, addYears, daysBetween } from '../dates';
import { nextMeeting } from './next-meeting';
import { organisationName } from './organisation-names';

export interface PlainText {
  sv: string;
  en: string;
}

const MEETING_NAMES = {
  omstallningsmote: { sv: 'omställningsmöte', en: 'transition meeting (omställningsmöte)' },
  gemensam_kartlaggning: { sv: 'gemensam kartläggning', en: 'joint assessment' },
  trepartssamtal: { sv: 'trepartssamtal', en: 'three-party meeting' },
  sip: { sv: 'samordnad individuell plan (SIP)', en: 'coordinated individual plan meeting (SIP)' },
  follow_up: { sv: 'uppföljningsmöte', en: 'follow-up meeting' },
} as const;

/** What happens next, in plain Swedish and English, most pressing first. */
export function whatHappensNext(state: ActiveJourney, now: IsoTimestamp): PlainText[] {
  const today = swedishDate(now);
  const steps: PlainText[] = [];
  const meeting = nextMeeting(state, now)?.meeting;
  if (meeting) {
    const name = MEETING_NAMES[meeting.kind];
    const local = swedishLocalTime(meeting.at);
    const when = `${local.slice(0, 10)} ${local.slice(11, 16)}`;
    const who = meeting.participants.filter((p) => p !== 'PERSON');
    steps.push({
      sv: `Du har ett ${name.sv} ${when} med ${who.map((p) => organisationName(p, 'sv')).join(', ')}.`,
      en: `You have a ${name.en} on ${when} with ${who.map((p) => organisationName(p, 'en')).join(', ')}.`,
    });
  }
  if (state.pendingApplication) {
    steps.push({
      sv: 'Försäkringskassan utreder din ansökan om aktivitetsersättning. Du får ett beslut per brev.',
      en: 'Försäkringskassan is looking into your application for activity compensation. You will get the decision by letter.',
    });
  }
  const lotsning = state.lotsning;
  if (lotsning.status === 'open' && !lotsning.accepted) {
    steps.push({
      sv: 'Försäkringskassan erbjuder dig hjälp att komma i kontakt med någon som kan stödja dig. Du väljer själv om du vill ha hjälpen.',
      en: 'Försäkringskassan offers to help you get in touch with someone who can support you. It is up to you whether you want the help.',
    });
  }
  if (lotsning.status === 'open' && lotsning.accepted && lotsning.referredTo.length > 0) {
    const to = lotsning.referredTo;
    steps.push({
      sv: `Försäkringskassan har hjälpt dig vidare till ${to.map((o) => organisationName(o, 'sv')).join(' och ')}. De hör av sig till dig.`,
      en: `Försäkringskassan has passed you on to ${to.map((o) => organisationName(o, 'en')).join(' and ')}. They will contact you.`,
    });
  }
  const decision = state.activeDecision;
  if (decision && decision.to <= addMonths(today, 6)) {
    steps.push({
      sv: `Din aktivitetsersättning gäller till ${decision.to} (${daysBetween(today, decision.to)} dagar kvar). Vill du ansöka igen behövs ett nytt läkarutlåtande i god tid.`,
      en: `Your activity compensation lasts until ${decision.to} (${daysBetween(today, decision.to)} days left). To apply again you need a new medical certificate in good time.`,
    });
  }
  // After erasure the birth date reads as null.
  const turns30 = state.birthDate ? addYears(state.birthDate, 30) : null;
  if (turns30 && turns30 > today && turns30 <= addYears(today, 1)) {
    steps.push({
      sv: `Du fyller 30 ${turns30}. Aktivitetsersättning betalas längst till och med månaden innan. Prata med din kontaktperson om vad som händer sedan.`,
      en: `You turn 30 on ${turns30}. Activity compensation is paid at most until the month before. Talk to your contact person about what comes next.`,
    });
  }
  if (state.plan && state.plan.nextFollowUp >= today) {
    steps.push({
      sv: `Er gemensamma plan följs upp ${state.plan.nextFollowUp}.`,
      en: `Your joint plan is followed up on ${state.plan.nextFollowUp}.`,
    });
  }
  if (steps.length === 0) {
    steps.push({
      sv: 'Inget är inplanerat just nu. Hör av dig till din kontaktperson om du undrar något.',
      en: 'Nothing is planned right now. Get in touch with your contact person if you wonder about anything.',
    });
  }
  return steps;
}
