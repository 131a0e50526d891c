import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { composeCurrentSupergraph } from './current-supergraph';

/** `npm run schema`: composes the subgraphs as the code defines them and writes schema.graphql and supergraph.graphql. */
async function main(): Promise<void> {
  const supergraph = await composeCurrentSupergraph();
  const root = resolve(__dirname, '../../..');
  writeFileSync(resolve(root, 'schema.graphql'), supergraph.publicSdl);
  writeFileSync(resolve(root, 'supergraph.graphql'), supergraph.supergraphSdl);
  process.stdout.write(`Wrote schema.graphql (${supergraph.publicSdl.length} bytes) and supergraph.graphql\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
