import { PARKED_FETCHES_MAX } from '../limits.js';
import type { Partition } from './replica-manager.js';

/**
 * Long-poll support for Fetch (Kafka's DelayedFetch purgatory): a fetch that has less than
 * minBytes waits until one of its partitions changes (an append, a high watermark move, a
 * leadership change or deletion) or its maxWaitMs passes. Wake-ups come from appends, not
 * polling timers. The number of parked fetches is bounded; past the bound a fetch answers at
 * once with what it has.
 */
export class FetchWaiters {
  private parked = 0;

  get parkedCount(): number {
    return this.parked;
  }

  /** Resolves when any partition changes or after waitMs; false if the wait was refused. */
  wait(partitions: readonly Partition[], waitMs: number): Promise<boolean> {
    if (this.parked >= PARKED_FETCHES_MAX || partitions.length === 0) return Promise.resolve(false);
    this.parked++;
    return new Promise((resolve) => {
      const cancels: Array<() => void> = [];
      let settled = false;
      const done = (): void => {
        if (settled) return;
        settled = true;
        this.parked--;
        clearTimeout(timer);
        for (const cancel of cancels) cancel();
        resolve(true);
      };
      const timer = setTimeout(done, waitMs);
      for (const partition of partitions) cancels.push(partition.waitForChange(done));
    });
  }
}
