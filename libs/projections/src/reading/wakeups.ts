/** Lets waiters sleep until something may have changed, or until their own time is up. */
export class Wakeups {
  private readonly waiting = new Set<() => void>();

  wake(): void {
    const waiting = [...this.waiting];
    this.waiting.clear();
    for (const resume of waiting) resume();
  }

  /** Starts waiting now, so a wake-up that comes before the caller awaits is not lost. */
  next(atMostMs: number): Promise<void> {
    return new Promise((resolve) => {
      const resume = (): void => {
        clearTimeout(timer);
        this.waiting.delete(resume);
        resolve();
      };
      const timer = setTimeout(resume, Math.max(0, atMostMs));
      timer.unref();
      this.waiting.add(resume);
    });
  }
}
