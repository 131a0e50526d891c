import type { Type } from '@nestjs/common';
import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * A subgraph's own stub of the Person entity the journey subgraph owns: only its key. Each subgraph must
 * make its own class (NestJS keeps resolved-field metadata per class, so a shared class would leak one
 * subgraph's fields into another's schema). `registerIn` names the subgraph's resolver module, so that
 * the stub is only in that subgraph's schema.
 */
export function personStub(registerIn: () => Type): new () => { id: string } {
  @ObjectType('Person', { registerIn })
  @Directive('@key(fields: "id")')
  class PersonStub {
    @Field(() => ID)
    id!: string;
  }
  return PersonStub;
}
