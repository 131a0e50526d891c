/** A clock that says what the test set it to. */
export class SettableClock {
  constructor(private current: string) {}

  now(): string {
    return this.current;
  }

  set(timestamp: string): void {
    this.current = timestamp;
  }
}
