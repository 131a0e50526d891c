import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** PostgreSQL removes `postmaster.pid` on a clean shutdown; a stale one names a dead process. */
export async function postmasterRunning(dataDir: string): Promise<boolean> {
  const pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number(pidFile.split('\n', 1)[0]);
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
