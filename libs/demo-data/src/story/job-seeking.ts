import { assignContactPerson } from './contact-persons';
import type { StoryContext } from './story-context';

/** AF registers the person as a job seeker, once, and names their arbetsförmedlare. */
export function registerJobSeeker(context: StoryContext): void {
  if (context.state.jobSeeker) return;
  context.sim.write('RegisterJobSeeker', {}, 'AF');
  context.state.jobSeeker = true;
  assignContactPerson(context, 'AF', 'arbetsformedlare');
}

export function deregisterJobSeeker(context: StoryContext, reason: 'work' | 'studies'): void {
  if (!context.state.jobSeeker) return;
  context.sim.write('DeregisterJobSeeker', { reason }, 'AF');
  context.state.jobSeeker = false;
}
