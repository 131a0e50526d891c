import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  type GraphQLInputField,
  type GraphQLNamedType,
} from 'graphql';

/**
 * Same-named fields that carry another vocabulary than the input of that name: an insats's
 * running/paused/ended is not a lotsning status, a reader's role is not a contact role, and an audit reason
 * is a denial reason. Each stays a String until it has an enum of its own.
 */
const OTHER_VOCABULARY = new Set(['Insats.status', 'AuditEntry.role', 'AuditEntry.reason']);

const schema = buildSchema(readFileSync(resolve(__dirname, '..', 'schema.graphql'), 'utf8'));
const types = Object.values(schema.getTypeMap()).filter((type) => !type.name.startsWith('__'));

/** Every input field and argument whose type is an enum: its name and the enums it takes. */
function inputEnums(): Map<string, Set<string>> {
  const inputs: GraphQLInputField[] = types.flatMap((type: GraphQLNamedType) => {
    if (isInputObjectType(type)) return Object.values(type.getFields());
    if (isObjectType(type)) return Object.values(type.getFields()).flatMap((field) => [...field.args]);
    return [];
  });
  const enums = new Map<string, Set<string>>();
  for (const input of inputs) {
    const named = getNamedType(input.type);
    if (isEnumType(named)) enums.set(input.name, new Set([...(enums.get(input.name) ?? []), named.name]));
  }
  return enums;
}

describe('enums in the composed schema’s outputs', () => {
  const enums = inputEnums();

  it('finds the inputs that take an enum', () => {
    expect(enums.get('grade')).toEqual(new Set(['Grade']));
    expect(enums.get('status')).toEqual(new Set(['LotsningStatus']));
  });

  it('types every output field named like such an input with an enum, not a String', () => {
    const strings = types.filter(isObjectType).flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => enums.has(field.name) && getNamedType(field.type).name === 'String')
        .map((field) => `${type.name}.${field.name}`),
    );
    expect(strings.filter((field) => !OTHER_VOCABULARY.has(field))).toEqual([]);
  });

  it('serves grade, lotsning status, meeting kind, insats type, data category and risk kind with the inputs’ enums', () => {
    const fieldType = (type: string, field: string) => {
      const object = schema.getType(type);
      return isObjectType(object) ? getNamedType(object.getFields()[field]?.type)?.name : undefined;
    };
    expect(fieldType('FkDecision', 'grade')).toBe('Grade');
    expect(fieldType('FkAvslagCase', 'status')).toBe('LotsningStatus');
    expect(fieldType('AfMeeting', 'kind')).toBe('MeetingKind');
    expect(fieldType('Insats', 'insatsType')).toBe('InsatsType');
    expect(fieldType('TimelineEntry', 'category')).toBe('DataCategory');
    expect(fieldType('RiskSignal', 'kind')).toBe('RiskKind');
  });
});
