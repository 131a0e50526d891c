/**
 * The whole schema, the same for PostgreSQL and PGlite. An append is one call of `samsyn_append`:
 * one statement and one round trip that checks the expected revision against a row the database
 * locks and inserts the events. A retried append fails that check or the unique event id, and the
 * store then asks `samsyn_stored_append` whether the same events are already stored in that place.
 */
export const NOTIFY_CHANNEL = 'samsyn_events';

export const SCHEMA_SQL = `
select pg_advisory_xact_lock(727274001);

create table if not exists samsyn_streams (
  stream_id text primary key,
  revision bigint not null,
  deleted boolean not null default false
);

create table if not exists samsyn_events (
  seq bigserial not null,
  tx_id xid8 not null default pg_current_xact_id(),
  event_id uuid not null,
  stream_id text not null,
  stream_revision bigint not null,
  type text not null,
  data jsonb not null,
  metadata jsonb not null,
  recorded_at timestamptz not null default now(),
  constraint samsyn_events_global_order primary key (tx_id, seq),
  constraint samsyn_events_event_id unique (event_id),
  constraint samsyn_events_stream_revision unique (stream_id, stream_revision)
);

create or replace function samsyn_refuse_expected(p_stream_id text)
returns void
language plpgsql as $fn$
declare
  v_actual bigint;
  v_deleted boolean;
begin
  select s.revision, s.deleted into v_actual, v_deleted from samsyn_streams s where s.stream_id = p_stream_id;
  if v_deleted then
    raise exception 'stream is deleted' using errcode = 'SSDEL';
  end if;
  raise exception 'wrong expected revision' using errcode = 'SSWEV', detail = coalesce(v_actual, -1)::text;
end
$fn$;

create or replace function samsyn_stored_append(p_stream_id text, p_events jsonb)
returns table (last_revision bigint, commit_position text, prepare_position bigint)
language plpgsql as $fn$
declare
  v_count int := jsonb_array_length(p_events);
  v_first_revision bigint;
  v_matching int;
begin
  select s.stream_revision into v_first_revision
    from samsyn_events s where s.event_id = (p_events->0->>'id')::uuid and s.stream_id = p_stream_id;
  select count(*) into v_matching
    from jsonb_array_elements(p_events) with ordinality as n(e, i)
    join samsyn_events s on s.event_id = (n.e->>'id')::uuid
   where s.stream_id = p_stream_id
     and s.stream_revision = v_first_revision + n.i - 1
     and s.type = n.e->>'type'
     and s.data = n.e->'data';
  if v_matching <> v_count then
    raise exception 'event id already stored with other content or at another place'
      using errcode = 'SSIDM', detail = p_events->0->>'id';
  end if;
  return query
    select s.stream_revision, s.tx_id::text, s.seq from samsyn_events s
     where s.stream_id = p_stream_id and s.stream_revision = v_first_revision + v_count - 1;
end
$fn$;

create or replace function samsyn_append(p_stream_id text, p_expected text, p_events jsonb)
returns table (last_revision bigint, commit_position text, prepare_position bigint)
language plpgsql as $fn$
declare
  v_count int := jsonb_array_length(p_events);
  v_last bigint;
begin
  if p_expected = 'no_stream' then
    insert into samsyn_streams (stream_id, revision) values (p_stream_id, v_count - 1)
      on conflict (stream_id) do nothing
      returning revision into v_last;
  elsif p_expected = 'any' then
    insert into samsyn_streams as s (stream_id, revision) values (p_stream_id, v_count - 1)
      on conflict (stream_id) do update set revision = s.revision + v_count where not s.deleted
      returning s.revision into v_last;
  elsif p_expected = 'stream_exists' then
    update samsyn_streams set revision = revision + v_count
     where stream_id = p_stream_id and not deleted
     returning revision into v_last;
  else
    update samsyn_streams set revision = revision + v_count
     where stream_id = p_stream_id and revision = p_expected::bigint and not deleted
     returning revision into v_last;
  end if;

  if v_last is null then
    perform samsyn_refuse_expected(p_stream_id);
  end if;

  return query
    with inserted as (
      insert into samsyn_events (event_id, stream_id, stream_revision, type, data, metadata)
      select (n.e->>'id')::uuid, p_stream_id, v_last - v_count + n.i, n.e->>'type', n.e->'data', n.e->'metadata'
        from jsonb_array_elements(p_events) with ordinality as n(e, i)
       order by n.i
      returning stream_revision, tx_id, seq
    )
    select i.stream_revision, i.tx_id::text, i.seq from inserted i order by i.seq desc limit 1;
end
$fn$;

create or replace function samsyn_delete_stream(p_stream_id text, p_expected text)
returns void
language plpgsql as $fn$
declare
  v_done boolean;
begin
  if p_expected = 'no_stream' then
    insert into samsyn_streams (stream_id, revision, deleted) values (p_stream_id, -1, true)
      on conflict (stream_id) do nothing returning true into v_done;
  elsif p_expected = 'any' then
    insert into samsyn_streams as s (stream_id, revision, deleted) values (p_stream_id, -1, true)
      on conflict (stream_id) do update set deleted = true where not s.deleted returning true into v_done;
  elsif p_expected = 'stream_exists' then
    update samsyn_streams set deleted = true where stream_id = p_stream_id and not deleted returning true into v_done;
  else
    update samsyn_streams set deleted = true
     where stream_id = p_stream_id and revision = p_expected::bigint and not deleted returning true into v_done;
  end if;
  if v_done is null then
    perform samsyn_refuse_expected(p_stream_id);
  end if;
end
$fn$;
`;
