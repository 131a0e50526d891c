import { open, seal } from './aes-gcm';

const PREFIX = 'enc:v1:';

export class PersonalDataErasedError extends Error {
  readonly code = 'PERSONAL_DATA_ERASED' as const;
  constructor(readonly journeyId: string) {
    super(`The personal data of journey ${journeyId} has been erased`);
    this.name = 'PersonalDataErasedError';
  }
}

/** Encrypts one personal field value with a journey's data key, bound to that journey and field. */
export function encryptField(dataKey: Buffer, journeyId: string, field: string, value: string): string {
  return PREFIX + seal(dataKey, Buffer.from(value, 'utf8'), `${journeyId}/${field}`).toString('base64');
}

export function decryptField(dataKey: Buffer, journeyId: string, field: string, stored: string): string {
  if (!isEncrypted(stored)) throw new TypeError(`Field ${field} is not an encrypted value`);
  const sealed = Buffer.from(stored.slice(PREFIX.length), 'base64');
  return open(dataKey, sealed, `${journeyId}/${field}`).toString('utf8');
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}
