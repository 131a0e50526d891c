import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

export interface SubgraphSdl {
  name: string;
  url: string;
  sdl: string;
}

export interface Supergraph {
  /** What the gateway runs: the composed schema with each field's subgraph. */
  supergraphSdl: string;
  /** What clients see. */
  publicSdl: string;
}

export class CompositionError extends Error {
  readonly code = 'COMPOSITION_FAILED' as const;
  constructor(readonly errors: readonly string[]) {
    super(`The subgraphs do not compose:\n${errors.map((error) => `- ${error}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** Composes the subgraphs' SDL into one supergraph (Federation 2, @theguild/federation-composition). */
export function composeSupergraph(subgraphs: readonly SubgraphSdl[]): Supergraph {
  const result = composeServices(subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return { supergraphSdl: result.supergraphSdl, publicSdl: result.publicSdl };
}

/** A subgraph's SDL, as it serves it to a gateway. */
export async function fetchSubgraphSdl(name: string, url: string): Promise<SubgraphSdl> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  const body = (await response.json()) as { data?: { _service?: { sdl?: string } } };
  const sdl = body.data?._service?.sdl;
  if (!sdl) throw new Error(`Subgraph ${name} at ${url} did not give its SDL (HTTP ${response.status})`);
  return { name, url, sdl };
}
