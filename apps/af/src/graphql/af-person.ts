import { personStub } from '@samsyn/subgraph';
import { AfModule } from '../af.tokens';

export const AfPerson = personStub(() => AfModule);
export type AfPerson = InstanceType<typeof AfPerson>;
