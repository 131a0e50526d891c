import { concurrencyCases } from './concurrency.contract';
import { expectedRevisionCases } from './expected-revision.contract';
import { idempotencyCases } from './idempotency.contract';
import { readingCases } from './reading.contract';
import type { StoreUnderTest } from './store-under-test';
import { subscriptionCases } from './subscription.contract';
import { tombstoneCases } from './tombstone.contract';

/** The guarantees every adapter must keep, run the same against each. */
export function describeEventStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name} event store contract`, () => {
    let underTest: StoreUnderTest | undefined;
    const current = (): StoreUnderTest => {
      if (!underTest) throw new Error('store not open');
      return underTest;
    };
    beforeAll(async () => {
      underTest = await open();
    });
    afterAll(async () => {
      await underTest?.dispose();
    });

    expectedRevisionCases(() => current().store);
    idempotencyCases(() => current().store);
    readingCases(() => current().store);
    tombstoneCases(() => current().store);
    subscriptionCases(() => current().store);
    concurrencyCases(current);
  });
}
