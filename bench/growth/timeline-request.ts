import { graphqlRequest } from '@samsyn/testing';

/** The journey subgraph's timeline of one person, every field of an entry, as a client asks it. */
export const TIMELINE_QUERY = `query Timeline($id: ID!) {
  person(id: $id) { id timeline { revision position occurredAt type author category label { sv en } } }
}`;

interface TimelineData {
  person: { id: string; timeline: readonly unknown[] } | null;
}

/** One timeline request over HTTP; resolves to the number of entries, throws on any error in the answer. */
export async function requestTimeline(url: string, token: string, journeyId: string): Promise<number> {
  const answer = await graphqlRequest<TimelineData>(
    url,
    TIMELINE_QUERY,
    { id: journeyId },
    { authorization: `Bearer ${token}` },
  );
  if (answer.errors?.length) {
    const [first] = answer.errors;
    throw new Error(
      `The timeline query failed: ${String(first?.extensions?.['code'] ?? '')} ${first?.message ?? ''}`.trim(),
    );
  }
  const timeline = answer.data?.person?.timeline;
  if (!timeline) throw new Error(`The timeline query found no person ${journeyId}`);
  return timeline.length;
}
