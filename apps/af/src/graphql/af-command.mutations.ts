import type { Type } from '@nestjs/common';
import { DeregisterJobSeekerInput, journeyCommandMutation as mutation } from '@samsyn/subgraph';

/** Arbetsförmedlingen's commands: the person's registration as a job seeker. */
export const AF_COMMAND_MUTATIONS: Type[] = [
  mutation({ type: 'RegisterJobSeeker', description: 'The person registered as a job seeker at Arbetsförmedlingen' }),
  mutation({
    type: 'DeregisterJobSeeker',
    input: DeregisterJobSeekerInput,
    description: 'The person left Arbetsförmedlingen’s register',
  }),
];
