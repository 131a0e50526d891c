/** Progress lines go to stderr, so that stdout holds the report (or the JSON object) alone. */
export function progress(message: string): void {
  process.stderr.write(`[bench:store] ${message}\n`);
}
