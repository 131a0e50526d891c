import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The query of the README's curl example (`-d '{"query": …}'`), as a reader would send it. */
export function readmeQuery(): string {
  const readme = readFileSync(resolve(__dirname, '../../../../README.md'), 'utf8');
  const body = /-d '(\{"query":[\s\S]*?\})'/.exec(readme)?.[1];
  if (!body) throw new Error('README.md has no curl example with -d \'{"query": …}\'');
  return (JSON.parse(body) as { query: string }).query;
}
