import type { ProjectionRunner } from '../../src';
import type { TestBackend } from './backends';
import { gate, type Gate } from './test-helpers';

export interface RunnerHarness {
  /** The backend, opened before the first test and reset before each. */
  backend(): TestBackend;
  /** Runners to stop after each test. */
  running: ProjectionRunner[];
  /** A gate that is opened after each test, whatever happened. */
  hold(): Gate;
}

/** Registers the hooks every runner suite needs: one backend per suite, reset per test, runners stopped and gates opened after. */
export function useRunnerHarness(openBackend: () => Promise<TestBackend>): RunnerHarness {
  let backend: TestBackend | undefined;
  const running: ProjectionRunner[] = [];
  const gates: Gate[] = [];

  beforeAll(async () => {
    backend = await openBackend();
  });
  beforeEach(() => backend!.reset());
  afterEach(async () => {
    for (const held of gates.splice(0)) held.open();
    await Promise.all(running.splice(0).map((runner) => runner.stop()));
  });
  afterAll(() => backend!.close());

  return {
    backend: () => backend!,
    running,
    hold: () => {
      const held = gate();
      gates.push(held);
      return held;
    },
  };
}
