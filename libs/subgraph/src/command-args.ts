import { Args, ID } from '@nestjs/graphql';
import { UuidPipe } from './uuid.pipe';

/** `journeyId: ID!`, the id openJourney returned. */
export const JourneyIdArg = () =>
  Args(
    'journeyId',
    { type: () => ID, description: 'The journey, as openJourney returned it' },
    new UuidPipe('journeyId', 'the id openJourney returned'),
  );

/** `commandId: ID`, chosen by the client so that a retried request writes nothing twice. */
export const CommandIdArg = () =>
  Args(
    'commandId',
    {
      type: () => ID,
      nullable: true,
      description: 'A UUID you choose for this command: send the same again to retry safely; nothing is written twice',
    },
    new UuidPipe('commandId', 'choose a fresh UUID per command and reuse it when you retry'),
  );

/** `consistentWith: String`: a position a mutation returned; the answer is at least that fresh. */
export const ConsistentWithArg = () =>
  Args('consistentWith', {
    type: () => String,
    nullable: true,
    description: 'A position a mutation returned ("commit/prepare"): wait until the read models include it (bounded)',
  });
