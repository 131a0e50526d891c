import type { CalendarDate, DataCategory, MeetingParticipant } from '@samsyn/domain';
import { REGION_OREBRO } from '../county/orebro-organisations';
import { assignContactPerson } from './contact-persons';
import { PHRASES } from './phrases';
import {
  OMSTALLNINGSMOTE_ALSO_KOMMUN,
  OMSTALLNINGSMOTE_ALSO_REGION,
  OMSTALLNINGSMOTE_HELD_WHEN_BOOKED,
  PRE_MEETING_BRIEF_SHARED,
  REGISTERED_AT_OMSTALLNINGSMOTE,
} from './proportions';
import { weekday, type StoryContext } from './story-context';
import { swedishTimestamp } from './swedish-time';

const MEETING_MINUTE = 600;
const CANCEL_REASON = { person_cancelled: 0.5, person_did_not_come: 0.4, organisation_cancelled: 0.1 } as const;

/**
 * FK books an omställningsmöte with AF, and sometimes kommun or vård (seed 004, lines 235–238); a brief goes to
 * them beforehand only under the person's consent (lines 474–476).
 */
export function bookOmstallningsmote(context: StoryContext): void {
  const { random, sim } = context;
  const participants: MeetingParticipant[] = [
    { organisation: 'FK', role: 'försäkringsutredare' },
    { organisation: 'AF', role: 'arbetsförmedlare' },
    { organisation: 'PERSON', role: 'den unga' },
  ];
  if (random.chance(OMSTALLNINGSMOTE_ALSO_KOMMUN))
    participants.push({ organisation: context.kommun, role: 'boendestöd' });
  if (random.chance(OMSTALLNINGSMOTE_ALSO_REGION)) participants.push({ organisation: REGION_OREBRO, role: 'kurator' });
  const brief = random.chance(PRE_MEETING_BRIEF_SHARED);
  if (brief) giveBriefConsent(context, participants);
  const meetingId = context.nextId('meeting');
  const day = weekday(sim.day.addDays(random.int(7, 21)));
  const at = swedishTimestamp({ day, minute: MEETING_MINUTE });
  const preMeetingBriefCategories: DataCategory[] = brief ? ['benefit', 'lotsning'] : [];
  sim.write(
    'ScheduleMeeting',
    { meetingId, kind: 'omstallningsmote', at, participants, preMeetingBriefCategories },
    'FK',
  );
  if (random.chance(OMSTALLNINGSMOTE_HELD_WHEN_BOOKED)) {
    context.on(day, () => holdOmstallningsmote(context, meetingId), MEETING_MINUTE + 90);
  } else context.on(day, () => cancel(context, meetingId), MEETING_MINUTE - 60);
}

function giveBriefConsent(context: StoryContext, participants: readonly MeetingParticipant[]): void {
  const organisations = participants
    .map((participant) => participant.organisation)
    .filter((organisation) => organisation !== 'FK' && organisation !== 'PERSON');
  const validFrom: CalendarDate = context.sim.day;
  context.sim.write(
    'GiveConsent',
    {
      consentId: context.nextId('consent'),
      organisations,
      categories: ['benefit', 'lotsning'],
      purpose: PHRASES.consentPurposes.omstallningsmote,
      validFrom: validFrom.toString(),
      validTo: validFrom.addMonths(6).toString(),
    },
    'PERSON',
  );
}

/** AF may register the person on the spot, if they wish (seed 004, lines 291–292). */
function holdOmstallningsmote(context: StoryContext, meetingId: string): void {
  const { random, sim, state } = context;
  const registeredAsJobSeeker = !state.jobSeeker && random.chance(REGISTERED_AT_OMSTALLNINGSMOTE);
  const outcome = random.pick(PHRASES.meetingOutcomes);
  sim.write('HoldMeeting', { meetingId, outcome, jointPlanAgreed: random.chance(0.3), registeredAsJobSeeker }, 'AF');
  if (!registeredAsJobSeeker) return;
  state.jobSeeker = true;
  assignContactPerson(context, 'AF', 'arbetsformedlare');
}

function cancel(context: StoryContext, meetingId: string): void {
  const reason = context.random.weighted(CANCEL_REASON);
  context.sim.write('CancelMeeting', { meetingId, reason }, reason === 'organisation_cancelled' ? 'AF' : 'PERSON');
}
