import { randomUUID } from 'node:crypto';
import type { JsonObject, NewEvent } from '../../src';

export function anEvent(type = 'SomethingHappened', data: JsonObject = {}): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      author: { organisation: 'FK', unit: 'test' },
      commandId: randomUUID(),
      correlationId: randomUUID(),
      occurredAt: '2026-11-23T10:00:00.000Z',
    },
  };
}

export function someEvents(count: number, type = 'SomethingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, index) => anEvent(type, { index }));
}

export function uniqueStream(prefix = 'contract'): string {
  return `${prefix}-${randomUUID()}`;
}
