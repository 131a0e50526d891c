import { randomBytes } from 'node:crypto';
import { decryptField, encryptField, isEncrypted } from '../src';

describe('personal field cipher', () => {
  const key = randomBytes(32);
  const journeyId = '5b0e9c1e-0d3f-4c4b-9b7e-2f1f1a2b3c4d';

  it('round-trips a value and never shows it in clear', () => {
    const stored = encryptField(key, journeyId, 'contactPerson.phone', '070-123 45 67');
    expect(isEncrypted(stored)).toBe(true);
    expect(stored).not.toContain('070');
    expect(decryptField(key, journeyId, 'contactPerson.phone', stored)).toBe('070-123 45 67');
  });

  it('encrypts the same value differently each time', () => {
    expect(encryptField(key, journeyId, 'name', 'Alva')).not.toBe(encryptField(key, journeyId, 'name', 'Alva'));
  });

  it('refuses a value moved to another journey or field, a changed byte, or another key', () => {
    const stored = encryptField(key, journeyId, 'name', 'Alva');
    expect(() => decryptField(key, 'another-journey', 'name', stored)).toThrow();
    expect(() => decryptField(key, journeyId, 'representative.name', stored)).toThrow();
    const bytes = Buffer.from(stored.slice('enc:v1:'.length), 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => decryptField(key, journeyId, 'name', `enc:v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => decryptField(randomBytes(32), journeyId, 'name', stored)).toThrow();
  });
});
