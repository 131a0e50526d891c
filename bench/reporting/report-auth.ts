import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfigFromEnv, createTokenIssuer, createTokenVerifier } from '@samsyn/auth';
import type { BenchAuth } from '../growth/bench-auth';

/** Who asks for the county table: a statistician gets exact counts, any other agency token the public view. */
export type Reader = 'statistician' | 'public';

/** The growth section's key pair for a run, plus tokens of the two agency readers a report is asked by. */
export interface ReportAuth extends BenchAuth {
  readerToken(reader: Reader): Promise<string>;
}

/** Statistics at Försäkringskassan (exact counts), and a caseworker in Stockholm stad (the public view). */
const READERS = {
  statistician: { subject: 'bench-statistician', organisation: 'FK', role: 'statistician', purpose: 'statistik' },
  public: {
    subject: 'bench-handlaggare-0180',
    organisation: 'KOMMUN:0180',
    role: 'handlaggare',
    purpose: 'uppfoljning',
  },
} as const;

export async function createReportAuth(): Promise<ReportAuth> {
  const directory = await mkdtemp(join(tmpdir(), 'samsyn-bench-reporting-auth-'));
  const config = authConfigFromEnv({}, directory);
  const issuer = createTokenIssuer(config);
  const tokens = new Map<string, Promise<string>>();
  const once = (key: string, issue: () => Promise<string>): Promise<string> => {
    let token = tokens.get(key);
    if (!token) tokens.set(key, (token = issue()));
    return token;
  };
  return {
    verifier: createTokenVerifier(config),
    personToken: (journeyId) =>
      once(`person:${journeyId}`, () =>
        issuer.issue({
          subject: `bench-person-${journeyId}`,
          organisation: 'PERSON',
          role: 'person',
          purpose: 'egen',
          journeyId,
        }),
      ),
    readerToken: (reader) => once(reader, () => issuer.issue(READERS[reader])),
    close: () => rm(directory, { recursive: true, force: true }),
  };
}
