import { personStub } from '@samsyn/journey-graphql';
import { AfModule } from '../af.module';

export const AfPerson = personStub(() => AfModule);
export type AfPerson = InstanceType<typeof AfPerson>;
