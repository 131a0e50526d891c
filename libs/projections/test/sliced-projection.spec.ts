import type { ProjectedEvent } from '../src';
import { foldSlice, slicedProjection, type SlicedProjectionDefinition } from '../src';

type Rows = { notes: { note_id: string; text: string; edits: number }; latest: { note_id: string } };

const JOURNEY = '00000000-0000-4000-8000-000000000001';
let position = 0n;
const event = (type: string, data: Record<string, unknown>, journeyId = JOURNEY): ProjectedEvent => {
  position += 1n;
  return {
    journeyId,
    event: { type, data } as unknown as ProjectedEvent['event'],
    revision: Number(position),
    position: { commit: position, prepare: 0n },
    author: 'FK',
    occurredAt: '2024-01-01T09:00:00Z',
  };
};

/** A toy read model exercising each row-set operation: add, put, update (by function and by value), remove. */
const notes: SlicedProjectionDefinition<Rows> = {
  name: 'notes',
  version: 1,
  tables: {
    notes: { columns: { note_id: 'text not null', text: 'text not null', edits: 'int not null' }, key: ['note_id'] },
    latest: { columns: { note_id: 'text not null' }, key: [], indexes: ['(note_id)'] },
  },
  apply({ notes, latest }, projected) {
    const { type, data } = projected.event as unknown as { type: string; data: { id: string; text: string } };
    const { id, text } = data;
    if (type === 'Added') notes.add({ note_id: id, text, edits: 0 });
    if (type === 'Replaced') notes.put({ note_id: id, text, edits: 0 });
    if (type === 'Edited') notes.update({ note_id: id }, (row) => ({ text, edits: row.edits + 1 }));
    if (type === 'Removed') notes.remove({ note_id: id });
    if (type !== 'Removed') latest.put({ note_id: id });
  },
};

describe('a sliced projection folded in memory', () => {
  it('adds a row once, replaces it on put, changes it on update and drops it on remove', () => {
    const rows = foldSlice(notes, [
      event('Added', { id: 'a', text: 'first' }),
      event('Added', { id: 'a', text: 'ignored: a row with that key is there' }),
      event('Added', { id: 'b', text: 'second' }),
      event('Edited', { id: 'a', text: 'first, edited' }),
      event('Edited', { id: 'missing', text: 'no row, no change' }),
      event('Removed', { id: 'b' }),
    ]);
    expect(rows).toEqual({
      notes: [{ note_id: 'a', text: 'first, edited', edits: 1 }],
      latest: [{ note_id: 'missing' }],
    });
  });

  it('starts from the rows before', () => {
    const rows = foldSlice(notes, [event('Edited', { id: 'a', text: 'again' })], {
      notes: [{ note_id: 'a', text: 'stored', edits: 4 }],
    });
    expect(rows.notes).toEqual([{ note_id: 'a', text: 'again', edits: 5 }]);
  });

  it('makes tables keyed by journey first, with secondary indexes apart', () => {
    const projection = slicedProjection(notes);
    const tables = { notes: '"s"."notes"', latest: '"s"."latest"' };
    expect(projection.tableNames).toEqual(['notes', 'latest']);
    expect(projection.createTables(tables)).toContain('primary key (journey_id, note_id)');
    expect(projection.createTables(tables)).toContain(
      'create table "s"."latest" (journey_id uuid not null, note_id text not null, primary key (journey_id))',
    );
    expect(projection.createTables(tables)).not.toContain('create index');
    expect(projection.createIndexes?.(tables)).toBe('create index if not exists latest_1 on "s"."latest" (note_id);');
  });

  it('writes back only the rows a batch touched: an upsert for each that stands, a delete for each that went', () => {
    const { sliced } = slicedProjection(notes);
    const other = '00000000-0000-4000-8000-000000000002';
    const loaded: Record<string, ({ journey_id: string } & Record<string, unknown>)[]> = {
      notes: [
        { journey_id: JOURNEY, note_id: 'kept', text: 'untouched', edits: 0 },
        { journey_id: JOURNEY, note_id: 'gone', text: 'to remove', edits: 0 },
      ],
      latest: [],
    };
    const writes = sliced.fold(
      (table) => loaded[table] ?? [],
      [event('Removed', { id: 'gone' }), event('Added', { id: 'new', text: 'x' }, other)],
    );
    expect(writes).toEqual([
      {
        table: 'notes',
        upserts: [{ journey_id: other, note_id: 'new', text: 'x', edits: 0 }],
        deletes: [{ journey_id: JOURNEY, note_id: 'gone', text: 'to remove', edits: 0 }],
      },
      { table: 'latest', upserts: [{ journey_id: other, note_id: 'new' }], deletes: [] },
    ]);
  });
});
