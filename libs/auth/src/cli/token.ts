import { authConfigFromEnv } from '../auth-config';
import { AuthConfigError } from '../auth-config-error';
import { createTokenIssuer } from '../token-issuer';
import { InvalidViewerError, type ViewerClaim } from '../viewer';
import { parseTokenFlags, TOKEN_USAGE, TokenFlagsError } from './token-flags';

export interface CliOutput {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const FLAG_OF_CLAIM: Record<ViewerClaim, string> = {
  sub: '--subject',
  org: '--org',
  role: '--role',
  purpose: '--purpose',
  journey: '--journey',
  rep: '--representative',
};

/**
 * Prints a development token alone on stdout, so `TOKEN=$(npm run -s token -- --org FK --role handlaggare)`
 * works; the hint goes to stderr. Returns the exit code: 2 for wrong flags, 1 when tokens cannot be made here.
 */
export async function runTokenCli(args: readonly string[], env: NodeJS.ProcessEnv, out: CliOutput): Promise<number> {
  try {
    const input = parseTokenFlags(args);
    const config = authConfigFromEnv(env, env.SAMSYN_DATA_DIR ?? 'data');
    const token = await createTokenIssuer(config).issue(input);
    out.stdout.write(`${token}\n`);
    out.stderr.write(
      `Development token for ${input.organisation} as ${input.role} (issuer '${config.issuer}'); send it as 'Authorization: Bearer <token>'\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof TokenFlagsError) return usageError(out, error.message);
    if (error instanceof InvalidViewerError) return usageError(out, `${FLAG_OF_CLAIM[error.claim]}: ${error.message}`);
    if (error instanceof AuthConfigError) {
      out.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function usageError(out: CliOutput, message: string): number {
  out.stderr.write(`${message}\n${TOKEN_USAGE}\n`);
  return 2;
}

if (require.main === module) {
  runTokenCli(process.argv.slice(2), process.env, process).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
