import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CountyCsvRow {
  kommunkod: string;
  kommun: string;
  ageBand: string;
  women: number;
  men: number;
}

/** Seed 000's county table as `shared/domain/orebro-county-aktivitetsersattning-2019-10.csv` holds it (copied beside the tests). */
export function seedCountyTable(): CountyCsvRow[] {
  const [, ...lines] = readFileSync(
    join(__dirname, '../fixtures/orebro-county-aktivitetsersattning-2019-10.csv'),
    'utf8',
  )
    .trim()
    .split('\n');
  return lines.map((line) => {
    const [kommunkod = '', kommun = '', ageBand = '', women = '', men = ''] = line.split(',');
    return { kommunkod, kommun, ageBand, women: Number(women), men: Number(men) };
  });
}
