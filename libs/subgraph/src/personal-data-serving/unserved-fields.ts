import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isObjectType,
  isUnionType,
} from 'graphql';
import { personalDataMarkOf } from './personal-data-mark';

export interface PersonalDataServing {
  /** `Type.field` of every resolver marked `@PersonalData()`. */
  served: string[];
  /** `Type.field` of every resolver marked `@NotPersonal(…)`. */
  notPersonal: string[];
  /** What escapes: each line names the field and the rule it breaks. */
  unserved: string[];
}

/** Federation's own root fields: `_entities` hands each entity to its reference resolver, `_service` the SDL. */
const isFederationField = (name: string) => name === '_entities' || name === '_service';

/**
 * Whether the field runs a resolver of its own rather than reading a property of its parent's value. NestJS gives every
 * plain `@Field` a property reader named `rootFieldResolver`; `@Query` and `@ResolveField` methods are bound handlers.
 */
const resolvesOnItsOwn = (field: GraphQLField<unknown, unknown>) =>
  field.resolve !== undefined && field.resolve.name !== 'rootFieldResolver';

const objectTypes = (schema: GraphQLSchema): GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );

/** The entity types of a federated subgraph (`Person`): the members of its `_Entity` union. */
function entityTypes(schema: GraphQLSchema): Set<string> {
  const entity = schema.getType('_Entity');
  return new Set(isUnionType(entity) ? entity.getTypes().map((type) => type.name) : []);
}

/**
 * Walks an executable subgraph schema for person-level data that does not pass through `@PersonalData()`:
 * - every field that resolves on its own (each `@Query`, each `@ResolveField`, on any type) must be marked served or
 *   not personal; plain fields only show what their parent's resolver returned, so they inherit its mark;
 * - a field leading to an entity (`Person`) must lie below a served field: a person reached from a query declared not
 *   personal, or from a mutation, would show the entity's fields with no policy in between.
 * Mutations are writes (the write policy judges them); they are walked only for the entities they reach.
 */
export function personalDataServing(schema: GraphQLSchema): PersonalDataServing {
  const result: PersonalDataServing = { served: [], notPersonal: [], unserved: [] };
  const mutation = schema.getMutationType()?.name;
  for (const type of objectTypes(schema)) {
    if (type.name === mutation) continue;
    for (const field of Object.values(type.getFields())) {
      if (isFederationField(field.name) || !resolvesOnItsOwn(field)) continue;
      const name = `${type.name}.${field.name}`;
      const mark = personalDataMarkOf(field);
      if (!mark) result.unserved.push(`${name} resolves on its own but is neither @PersonalData() nor @NotPersonal()`);
      else if ('served' in mark) result.served.push(name);
      else result.notPersonal.push(name);
    }
  }
  result.unserved.push(...entitiesReachedUnserved(schema));
  return result;
}

function entitiesReachedUnserved(schema: GraphQLSchema): string[] {
  const entities = entityTypes(schema);
  const escapes: string[] = [];
  const visited = new Set<string>();
  const walk = (type: GraphQLNamedType, path: string) => {
    if (!isObjectType(type) || entities.has(type.name) || visited.has(type.name)) return;
    visited.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const mark = personalDataMarkOf(field);
      if (mark && 'served' in mark) continue;
      const target = getNamedType(field.type);
      const here = `${path} → ${type.name}.${field.name}`;
      if (entities.has(target.name)) escapes.push(`${here} reaches ${target.name} outside @PersonalData()`);
      else walk(target, here);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const mark = personalDataMarkOf(field);
      if (isFederationField(field.name) || (mark && 'served' in mark)) continue;
      const target = getNamedType(field.type);
      const here = `${root!.name}.${field.name}`;
      if (entities.has(target.name)) escapes.push(`${here} reaches ${target.name} outside @PersonalData()`);
      else walk(target, here);
    }
  }
  return escapes;
}
