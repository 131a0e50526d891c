import { REGION_OREBRO } from '../county/orebro-organisations';
import { assignContactPerson } from './contact-persons';
import { startInsats } from './insatser';
import { holdSip } from './meetings';
import { agreePlan } from './plan';
import { INSATS_COUNT, INSATS_KIND, PLAN_AGREED, REGION_CONTACT, SIP_WHEN_KOMMUN_AND_REGION } from './proportions';
import type { StoryContext } from './story-context';

const COUNT = { none: 0, one: 1, two: 2, three: 3 } as const;

/** Once a first period is granted, the net around the person forms: a plan, insatser, a region contact. */
export function startSupport(context: StoryContext): void {
  const { random } = context;
  if (random.chance(PLAN_AGREED)) context.later(random.int(20, 90), () => agreePlan(context));
  const insatser = COUNT[random.weighted(INSATS_COUNT)];
  for (let n = 0; n < insatser; n++) {
    const kind = random.weighted(INSATS_KIND);
    context.later(random.int(14, 540), () => startInsats(context, kind));
  }
  if (random.chance(REGION_CONTACT)) context.later(random.int(0, 120), () => contactRegion(context));
}

function contactRegion(context: StoryContext): void {
  const { random } = context;
  assignContactPerson(context, REGION_OREBRO, random.pick(['rehabiliteringskoordinator', 'kurator'] as const));
  context.later(random.int(30, 300), () => {
    const insatser = [...context.state.insatser.values()];
    const kommunInsats = insatser.some((insats) => insats.provider === context.kommun && insats.status !== 'ended');
    if (kommunInsats && random.chance(SIP_WHEN_KOMMUN_AND_REGION)) holdSip(context);
  });
}
