import { applyDecorators, createParamDecorator, type ExecutionContext, UseInterceptors } from '@nestjs/common';
import { Extensions, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PERSONAL_DATA_EXTENSION, type PersonalDataMark } from './personal-data-mark';
import { ServePersonalData, servedFieldOf } from './serve-personal-data.interceptor';
import type { ServedField } from './served-field';

const mark = (value: PersonalDataMark) => Extensions({ [PERSONAL_DATA_EXTENSION]: value });

/**
 * On a `@Query` or `@ResolveField` that returns a person's data: the resolver receives a `ServedField` (`@Served()`)
 * through which the policy filters what it returns and the audit trail records it under the field's name. The schema
 * carries the mark, so a test can walk it and find every resolver that holds none.
 */
export const PersonalData = (): MethodDecorator =>
  applyDecorators(mark({ served: true }), UseInterceptors(ServePersonalData));

/** On a `@Query` or `@ResolveField` that returns no person-level data: why (aggregates, the audit trail's own rule). */
export const NotPersonal = (reason: string): MethodDecorator => applyDecorators(mark({ notPersonal: reason }));

/** Resolver parameter of a `@PersonalData()` method: the field's one way to the policy and the audit trail. */
export const Served = createParamDecorator((_data: unknown, context: ExecutionContext): ServedField => {
  const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
  const served = servedFieldOf(info);
  if (!served) throw new Error(`@Served() needs @PersonalData() on ${info.parentType.name}.${info.fieldName}`);
  return served;
});
