import { REGION_OREBRO } from '../county/orebro-organisations';
import { PHRASES } from './phrases';
import { weekday, type StoryContext } from './story-context';
import { swedishTimestamp } from './swedish-time';
import type { MeetingKind, MeetingParticipant } from '@samsyn/domain';

const START_MINUTE = 570;
const HELD_MINUTE = START_MINUTE + 75;

/** FK initiates a gemensam kartläggning with AF and the person, the way into their joint programmes (seed 000, lines 2001–2007). */
export function holdJointMapping(context: StoryContext, then: () => void): void {
  const participants = [
    { organisation: 'FK', role: 'handläggare' },
    { organisation: 'AF', role: 'arbetsförmedlare' },
    { organisation: 'PERSON', role: 'den unga' },
  ];
  meeting(context, 'gemensam_kartlaggning', 'FK', participants, () => {
    context.later(context.random.int(7, 30), then);
  });
}

/** Provider, person and the agency that ordered the insats meet (seed 000, line 2352). */
export function holdTrepartssamtal(context: StoryContext, provider: string, orderedBy: string): void {
  const participants = [
    { organisation: provider, role: 'coach' },
    { organisation: 'PERSON', role: 'den unga' },
    { organisation: orderedBy === provider ? 'FK' : orderedBy, role: 'handläggare' },
  ];
  meeting(context, 'trepartssamtal', provider, participants);
}

/** Region and kommun agree a samordnad individuell plan with the person. */
export function holdSip(context: StoryContext): void {
  const participants = [
    { organisation: REGION_OREBRO, role: 'kurator' },
    { organisation: context.kommun, role: 'biståndshandläggare' },
    { organisation: 'PERSON', role: 'den unga' },
  ];
  meeting(context, 'sip', REGION_OREBRO, participants);
}

/** Scheduled one to three weeks ahead and held by its organiser, no brief shared. */
function meeting(
  context: StoryContext,
  kind: MeetingKind,
  organiser: string,
  participants: MeetingParticipant[],
  afterwards?: () => void,
): void {
  const { random, sim } = context;
  const meetingId = context.nextId('meeting');
  const day = weekday(sim.day.addDays(random.int(7, 21)));
  const at = swedishTimestamp({ day, minute: START_MINUTE });
  sim.write('ScheduleMeeting', { meetingId, kind, at, participants, preMeetingBriefCategories: [] }, organiser);
  context.on(
    day,
    () => {
      const outcome = random.pick(PHRASES.meetingOutcomes);
      const jointPlanAgreed = kind !== 'trepartssamtal' || random.chance(0.5);
      sim.write('HoldMeeting', { meetingId, outcome, jointPlanAgreed, registeredAsJobSeeker: false }, organiser);
      afterwards?.();
    },
    HELD_MINUTE,
  );
}
