import { existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const LOCAL_KEY_ALGORITHM = 'ES256';

export interface LocalKeyPair {
  privateKey: CryptoKey;
  /** Public JWK with `kid`, `alg` and `use`, ready for a JWK set. */
  publicJwk: JWK;
  kid: string;
}

export const privateKeyFile = (directory: string): string => join(directory, 'private.jwk.json');
export const publicKeyFile = (directory: string): string => join(directory, 'public.jwk.json');

/** The development key pair in `directory`, made on first use and reused afterwards. */
export async function loadOrCreateLocalKeyPair(directory: string): Promise<LocalKeyPair> {
  if (!existsSync(privateKeyFile(directory))) await createKeyPairFiles(directory);
  const privateJwk = JSON.parse(readFileSync(privateKeyFile(directory), 'utf8')) as JWK;
  const { d: _secret, ...publicJwk } = privateJwk;
  const privateKey = await importJWK(privateJwk, LOCAL_KEY_ALGORITHM);
  if (ArrayBuffer.isView(privateKey))
    throw new Error(`${privateKeyFile(directory)} holds a secret, not an ${LOCAL_KEY_ALGORITHM} key`);
  const kid = publicJwk.kid ?? (await calculateJwkThumbprint(publicJwk));
  return { privateKey, publicJwk: { ...publicJwk, kid }, kid };
}

async function createKeyPairFiles(directory: string): Promise<void> {
  const { privateKey } = await generateKeyPair(LOCAL_KEY_ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = await calculateJwkThumbprint(jwk);
  const privateJwk: JWK = { ...jwk, kid, alg: LOCAL_KEY_ALGORITHM, use: 'sig' };
  const { d: _secret, ...publicJwk } = privateJwk;
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  // Written aside then hard-linked: a concurrent starter sees either no key or a whole one, and the first wins.
  const draft = `${privateKeyFile(directory)}.${process.pid}.${Date.now()}`;
  writeFileSync(draft, JSON.stringify(privateJwk), { mode: 0o600, flag: 'wx' });
  try {
    linkSync(draft, privateKeyFile(directory));
    writeFileSync(publicKeyFile(directory), `${JSON.stringify(publicJwk, null, 2)}\n`, { mode: 0o644 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    rmSync(draft, { force: true });
  }
}
