export * from './viewer';
export * from './authentication-error';
export * from './auth-config-error';
export * from './auth-config';
export * from './bearer-token';
export * from './token-verifier';
export * from './token-issuer';
export { LOCAL_KEY_ALGORITHM, loadOrCreateLocalKeyPair, type LocalKeyPair } from './local-key-pair';
