import { randomBytes } from 'node:crypto';
import { MasterKey, MasterKeyError, PersonnummerIndexKey } from '../src';

describe('master key and personnummer index', () => {
  it('refuses a missing or wrongly sized master key with a clear error', () => {
    expect(() => MasterKey.fromBase64(undefined)).toThrow(MasterKeyError);
    expect(() => MasterKey.fromBase64(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });

  it('derives different keys for different purposes', () => {
    const master = MasterKey.fromBase64(randomBytes(32).toString('base64'));
    expect(master.derive('wrap-journey-keys').equals(master.derive('personnummer-index'))).toBe(false);
  });

  it('hashes a personnummer the same way under one master key and differently under another', () => {
    const one = new PersonnummerIndexKey(MasterKey.fromBase64(randomBytes(32).toString('base64')));
    const other = new PersonnummerIndexKey(MasterKey.fromBase64(randomBytes(32).toString('base64')));
    const hash = one.hash('199001012385');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('19900101');
    expect(one.hash('199001012385')).toBe(hash);
    expect(other.hash('199001012385')).not.toBe(hash);
  });
});
