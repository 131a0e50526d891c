import { personStub } from '@samsyn/subgraph';
import { FkModule } from '../fk.tokens';

export const FkPerson = personStub(() => FkModule);
export type FkPerson = InstanceType<typeof FkPerson>;
