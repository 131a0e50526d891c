import { personStub } from '@samsyn/subgraph';
import { FkModule } from '../fk.module';

export const FkPerson = personStub(() => FkModule);
export type FkPerson = InstanceType<typeof FkPerson>;
