import type { ApplicationKind, SupportChannel } from '@samsyn/domain';
import { REGION_OREBRO } from '../county/orebro-organisations';
import { registerJobSeeker } from './job-seeking';
import { bookOmstallningsmote } from './omstallningsmote';
import {
  CONTACT_ESTABLISHED_AFTER_REFERRAL,
  DECLINE_WITHOUT_REPRESENTATIVE,
  FAILED_ATTEMPTS_BEFORE_CLOSING,
  LOTSNING_RESPONSE,
  MISSED_ONCE_BEFORE_ANSWERING,
  OMSTALLNINGSMOTE_HELD_PER_AVSLAG,
  OMSTALLNINGSMOTE_HELD_WHEN_BOOKED,
  REFERRAL_HELP,
  REFERRAL_TO,
} from './proportions';
import type { StoryContext } from './story-context';

type Response = keyof (typeof LOTSNING_RESPONSE)['first_time'];

const OFFER_CHANNEL = { phone: 0.6, letter: 0.3, digital: 0.1 } as const;

/**
 * Booking chance after a referral to AF, so that held omställningsmöten come to the reports' share of all avslag:
 * held per avslag = accepting (about half, seed 004 line 231) × referred to AF × booked × held when booked.
 */
const OMSTALLNINGSMOTE_BOOKED_AFTER_AF_REFERRAL =
  OMSTALLNINGSMOTE_HELD_PER_AVSLAG / (0.5 * REFERRAL_TO.AF * OMSTALLNINGSMOTE_HELD_WHEN_BOOKED);

/** After an avslag FK lotsar: offers support, and the person accepts, declines or cannot be reached (seed 004, section 3.1). */
export function startLotsning(context: StoryContext, kind: ApplicationKind): void {
  const { random } = context;
  const response: Response = random.weighted(LOTSNING_RESPONSE[kind]);
  const firstTry = random.int(1, 6);
  if (response === 'unreachable') {
    const attempts = random.int(FAILED_ATTEMPTS_BEFORE_CLOSING.min, FAILED_ATTEMPTS_BEFORE_CLOSING.max);
    context.later(firstTry, () => tryToReach(context, 1, attempts));
    return;
  }
  if (!random.chance(MISSED_ONCE_BEFORE_ANSWERING)) {
    context.later(firstTry, () => offerSupport(context, response));
    return;
  }
  context.later(firstTry, () => {
    context.sim.write('RecordFailedContactAttempt', { channel: 'phone' }, 'FK');
    context.later(random.int(3, 8), () => offerSupport(context, response));
  });
}

/** Repeated attempts by phone and by letter, then FK closes its lotsning as unreachable. */
function tryToReach(context: StoryContext, attempt: number, attempts: number): void {
  const channel: SupportChannel = attempt % 2 === 1 ? 'phone' : 'letter';
  context.sim.write('RecordFailedContactAttempt', { channel }, 'FK');
  if (attempt < attempts) context.later(context.random.int(5, 12), () => tryToReach(context, attempt + 1, attempts));
  else context.later(context.random.int(3, 10), () => context.sim.write('CloseLotsning', {}, 'FK'));
}

function offerSupport(context: StoryContext, response: Exclude<Response, 'unreachable'>): void {
  const { random, sim } = context;
  sim.write('OfferSupport', { channel: random.weighted(OFFER_CHANNEL) }, 'FK');
  context.later(random.int(0, 8), () => (response === 'accept' ? acceptSupport(context) : declineSupport(context)));
}

/** About half of those who decline have an ombud or ställföreträdare (seed 004, lines 224–226). */
function declineSupport(context: StoryContext): void {
  const { random, state } = context;
  const reason = state.hasRepresentative ? 'has_representative' : random.weighted(DECLINE_WITHOUT_REPRESENTATIVE);
  context.sim.write('DeclineSupport', { reason }, random.chance(0.5) ? 'PERSON' : 'FK');
}

function acceptSupport(context: StoryContext): void {
  context.sim.write('AcceptSupport', {}, context.random.chance(0.5) ? 'PERSON' : 'FK');
  context.later(context.random.int(0, 5), () => makeReferral(context));
}

function makeReferral(context: StoryContext): void {
  const { random, sim } = context;
  const target = random.weighted(REFERRAL_TO);
  const to = target === 'AF' ? 'AF' : target === 'KOMMUN' ? context.kommun : REGION_OREBRO;
  sim.write('MakeReferral', { referralId: context.nextId('referral'), to, help: random.weighted(REFERRAL_HELP) }, 'FK');
  if (to === 'AF' && random.chance(OMSTALLNINGSMOTE_BOOKED_AFTER_AF_REFERRAL)) bookOmstallningsmote(context);
  if (random.chance(CONTACT_ESTABLISHED_AFTER_REFERRAL))
    context.later(random.int(7, 40), () => establishContact(context, to));
}

/** Contact established ends FK's lotsning; with AF, most register as job seekers. */
function establishContact(context: StoryContext, organisation: string): void {
  const { random, sim } = context;
  sim.write('EstablishContact', { with: organisation }, random.chance(0.5) ? 'FK' : organisation);
  if (organisation === 'AF' && random.chance(0.7)) registerJobSeeker(context);
}
