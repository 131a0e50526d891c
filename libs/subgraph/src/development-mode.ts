/** Development mode: SAMSYN_MODE=development, or NODE_ENV=development when SAMSYN_MODE is not set. */
export function isDevelopmentMode(env: NodeJS.ProcessEnv): boolean {
  return (env.SAMSYN_MODE ?? env.NODE_ENV) === 'development';
}
