import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

/** The input field decorators the subgraphs share: GraphQL type, description and validation in one place. */

export const MAX_ID_LENGTH = 64;
/** Domain limits are checked again in the domain; these answer oversized input before it gets there. */
export const MAX_LIST_LENGTH = 30;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const TextField = (maxLength: number, description: string) =>
  applyDecorators(Field({ description }), IsString(), MaxLength(maxLength));

export const IdField = (description: string) =>
  applyDecorators(
    Field(() => ID, { description }),
    IsString(),
    MaxLength(MAX_ID_LENGTH),
  );

export const DateField = (description: string, options: { nullable?: boolean } = {}) =>
  applyDecorators(
    Field(() => String, { description: `${description} (YYYY-MM-DD)`, nullable: options.nullable ?? false }),
    ...(options.nullable ? [IsOptional()] : []),
    Matches(ISO_DATE, { message: '$property must be a date written YYYY-MM-DD' }),
  );

export const TimestampField = (description: string) =>
  applyDecorators(
    Field({ description: `${description} (ISO 8601 with a zone, e.g. 2023-02-20T10:00:00+01:00)` }),
    IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 timestamp with a zone' }),
  );

export const OrganisationField = (description: string) =>
  applyDecorators(
    Field({
      description: `${description}: FK, AF, PERSON, KOMMUN:<kommunkod>, REGION:<kod>, SAMORDNINGSFORBUND:<id> or PROVIDER:<id>`,
    }),
    IsString(),
    MaxLength(MAX_ID_LENGTH),
  );

export const OrganisationListField = (description: string) =>
  applyDecorators(
    Field(() => [String], { description }),
    IsArray(),
    ArrayMaxSize(MAX_LIST_LENGTH),
    IsString({ each: true }),
    MaxLength(MAX_ID_LENGTH, { each: true }),
  );

export const TextListField = (maxLength: number, description: string) =>
  applyDecorators(
    Field(() => [String], { description }),
    IsArray(),
    ArrayMaxSize(MAX_LIST_LENGTH),
    IsString({ each: true }),
    MaxLength(maxLength, { each: true }),
  );

export const EnumField = (enumType: object, description: string) =>
  applyDecorators(
    Field(() => enumType, { description }),
    IsIn(Object.values(enumType)),
  );

export const EnumListField = (enumType: object, description: string) =>
  applyDecorators(
    Field(() => [enumType], { description }),
    IsArray(),
    ArrayMaxSize(MAX_LIST_LENGTH),
    IsIn(Object.values(enumType), { each: true }),
  );

export const BooleanField = (description: string) => applyDecorators(Field({ description }), IsBoolean());

export const IntField = (description: string) =>
  applyDecorators(
    Field(() => Int, { description }),
    IsInt(),
  );

export const NestedListField = (type: () => new () => object, description: string) =>
  applyDecorators(
    Field(() => [type()], { description }),
    IsArray(),
    ArrayMaxSize(MAX_LIST_LENGTH),
    ValidateNested({ each: true }),
    Type(type),
  );

export const OptionalNestedField = (type: () => new () => object, description: string) =>
  applyDecorators(
    Field(() => type(), { description, nullable: true }),
    IsOptional(),
    ValidateNested(),
    Type(type),
  );
