import { FkModule } from '../fk.tokens';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { GradeName } from '@samsyn/domain';
import type { LotsningStatus } from '@samsyn/read-models';
import { GradeEnum } from '@samsyn/subgraph';
import { FkPerson } from './fk-person';
import { LotsningStatusEnum } from './lotsning-status.enum';

@ObjectType({ description: 'A current decision on aktivitetsersättning', registerIn: () => FkModule })
export class FkDecision {
  @Field(() => FkPerson)
  person!: FkPerson;

  @Field()
  decisionId!: string;

  @Field(() => GradeEnum)
  grade!: GradeName;

  @Field()
  validFrom!: string;

  @Field()
  validTo!: string;
}

@ObjectType({ description: 'An avslag and how far FK’s lotsning has come', registerIn: () => FkModule })
export class FkAvslagCase {
  @Field(() => FkPerson)
  person!: FkPerson;

  @Field()
  rejectedOn!: string;

  @Field(() => LotsningStatusEnum)
  status!: LotsningStatus;

  @Field(() => Int)
  failedAttempts!: number;

  @Field(() => [String])
  referredTo!: string[];

  @Field()
  updatedOn!: string;
}

@ObjectType({
  description: 'Someone whose right to aktivitetsersättning ends as they turn 30',
  registerIn: () => FkModule,
})
export class FkTurningThirty {
  @Field(() => FkPerson)
  person!: FkPerson;

  @Field()
  homeKommun!: string;

  @Field()
  turns30On!: string;
}
