// Goal: show the simulator's checkers are not vacuous: a core with one rule deliberately broken
// is caught, with a readable trace, and the failing seed replays the identical failure. Method:
// subclass RaftNode to break a rule from outside (counting votes from a stale term; granting
// votes without the log up-to-date check; acknowledging before persisting), run seeds until a
// checker fires, and replay that seed.
import { describe, expect, it } from 'vitest';
import { RaftNode } from '../core/node.js';
import type { Message, Ready } from '../core/types.js';
import { runSimulation, SimulationFailure, type SimulationOptions } from './simulation.js';

/** Counts a vote granted in an older term as if it were granted in the current one. */
class StaleVoteCountingNode extends RaftNode {
  override step(m: Message): void {
    const term = this.status().term;
    if (m.type === 'vote-response' && !m.reject && m.term < term) {
      super.step({ ...m, term });
      return;
    }
    super.step(m);
  }
}

/** Grants votes without figure 2's "candidate's log is at least as up-to-date" check. */
class NoLogCheckNode extends RaftNode {
  override step(m: Message): void {
    if (m.type === 'vote' || m.type === 'pre-vote') {
      super.step({ ...m, lastIndex: Number.MAX_SAFE_INTEGER, lastTerm: m.term });
      return;
    }
    super.step(m);
  }
}

/** Sends acknowledgements and votes before the batch they promise is durable. */
class AckBeforePersistNode extends RaftNode {
  private readonly originals = new Map<Ready, Ready>();
  override ready(): Ready {
    const r = super.ready();
    const early: Ready = { ...r, messagesEarly: [...r.messagesEarly, ...r.messages], messages: [] };
    this.originals.set(early, r);
    return early;
  }
  override advance(ready: Ready): void {
    const original = this.originals.get(ready)!;
    this.originals.delete(ready);
    super.advance(original);
  }
}

function firstFailure(options: Omit<SimulationOptions, 'seed'>, seedsMax: number): SimulationFailure {
  for (let seed = 1; seed <= seedsMax; seed++) {
    try {
      runSimulation({ ...options, seed });
    } catch (err) {
      if (err instanceof SimulationFailure) return err;
      throw err;
    }
  }
  throw new Error(`no seed in 1..${seedsMax} exposed the broken rule`);
}

describe('the checkers catch a deliberately broken core', () => {
  it('counting votes from a stale term yields two leaders in one term, and the seed replays it', () => {
    const options = { voters: 3, preVote: false, makeNode: (c, s) => new StaleVoteCountingNode(c, s) } satisfies Omit<SimulationOptions, 'seed'>;
    const failure = firstFailure(options, 400);
    expect(failure.reason).toMatch(/\[ElectionSafety\] two leaders in term \d+/);
    expect(failure.message).toContain(`seed ${failure.seed} failed at step ${failure.step}`);
    expect(failure.message).toContain(`--seed ${failure.seed}`);
    expect(failure.trace.length).toBeGreaterThan(50);
    expect(failure.trace.some((l) => l.includes('vote-response') && l.includes('granted'))).toBe(true);
    // Same seed, same failure, same trace.
    let replay: SimulationFailure | null = null;
    try {
      runSimulation({ ...options, seed: failure.seed });
    } catch (err) {
      replay = err as SimulationFailure;
    }
    expect(replay).toBeInstanceOf(SimulationFailure);
    expect(replay!.message).toBe(failure.message);
    // The correct core passes the very same schedule.
    expect(() => runSimulation({ voters: 3, preVote: false, seed: failure.seed })).not.toThrow();
  });

  it('voting without the log up-to-date check breaks leader completeness', () => {
    const failure = firstFailure({ makeNode: (c, s) => new NoLogCheckNode(c, s) }, 200);
    expect(failure.reason).toMatch(/LeaderCompleteness|StateMachineSafety|CommittedDurable|LogMatching|core assertion/);
    expect(() => runSimulation({ seed: failure.seed })).not.toThrow();
  });

  it('acknowledging before persisting lets a crash lose a committed entry', () => {
    const failure = firstFailure({ makeNode: (c, s) => new AckBeforePersistNode(c, s) }, 50);
    expect(failure.reason).toMatch(/CommittedDurable/);
    expect(() => runSimulation({ seed: failure.seed })).not.toThrow();
  });
});
