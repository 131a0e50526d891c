import { chmod, cp, lstat, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder `source` copied to `<tmpdir>/<name>`, owned by root and readable by everyone, made once:
 * each caller copies into a staging folder of its own and renames it into place, so parallel Jest
 * workers never see half a copy; the callers who lose the race discard theirs.
 */
export async function rootOwnedCopy(source: string, name: string): Promise<string> {
  const target = join(tmpdir(), name);
  if (!(await lstat(target).catch(() => undefined))) {
    const staging = await mkdtemp(join(tmpdir(), `.${name}-`));
    try {
      await cp(source, staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      await rename(staging, target);
    } catch (error) {
      if (!isCode(error, 'ENOTEMPTY', 'EEXIST')) throw error;
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  }
  await assertOnlyRootCanChange(target);
  return target;
}

/** Root runs what is in the folder: one someone else made, or may write to, is not used. */
async function assertOnlyRootCanChange(folder: string): Promise<void> {
  const stat = await lstat(folder);
  if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) {
    throw new Error(`${folder} is not a folder only root can change: remove it, and it is made again`);
  }
}

function isCode(error: unknown, ...codes: string[]): boolean {
  return error instanceof Error && 'code' in error && codes.includes(String(error.code));
}
