import { createHash } from 'node:crypto';

export class MasterKeyError extends Error {
  readonly code = 'INVALID_MASTER_KEY' as const;
  constructor(reason: string) {
    super(`The master key is unusable: ${reason}`);
    this.name = 'MasterKeyError';
  }
}

/**
 * The configured secret from which the key-wrapping key and the personnummer index key are
 * derived. It never leaves this process; rotating it means re-wrapping every journey key.
 */
export class MasterKey {
  private constructor(private readonly secret: Buffer) {}

  /** From base64 configuration text holding 32 random bytes (`openssl rand -base64 32`). */
  static fromBase64(text: string | undefined): MasterKey {
    if (!text) throw new MasterKeyError('none is configured (SAMSYN_MASTER_KEY)');
    const secret = Buffer.from(text, 'base64');
    if (secret.length !== 32) throw new MasterKeyError(`it must be 32 bytes in base64, got ${secret.length}`);
    return new MasterKey(secret);
  }

  /** A key for one purpose, so that no two uses share key material. */
  derive(purpose: 'wrap-journey-keys' | 'personnummer-index'): Buffer {
    return createHash('sha256').update(this.secret).update(`samsyn:${purpose}`).digest();
  }
}
