import { FkModule } from '../fk.tokens';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FkPerson } from './fk-person';

@ObjectType({ description: 'A current decision on aktivitetsersättning', registerIn: () => FkModule })
export class FkDecision {
  @Field(() => FkPerson)
  person!: FkPerson;

  @Field()
  decisionId!: string;

  @Field({ description: 'QUARTER, HALF, THREE_QUARTERS or FULL' })
  grade!: string;

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

  @Field({ description: 'open, offered, accepted, declined, unreachable, referred or contact_established' })
  status!: string;

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
