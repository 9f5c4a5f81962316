// Goal: show the simulator's checkers are not vacuous: a controller with one rule deliberately
// broken is caught, with a readable trace, and the failing seed replays the identical failure,
// while the correct controller passes the very same schedule. Method: subclass QuorumController
// to break a rule from outside (electing a leader outside the ISR; keeping a fenced broker in
// the ISR), run seeds until a checker fires, and replay that seed.
import { describe, expect, it } from 'vitest';
import type { PartitionRegistration } from '../image/metadata-image.js';
import type { PartitionChangeTarget } from '../partition-change.js';
import { QuorumController } from '../quorum-controller.js';
import { NO_LEADER, type PartitionChangeRecord } from '../records/records.js';
import { ControllerSimulationFailure, runControllerSimulation, type ControllerSimulationOptions } from './controller-simulation.js';

/** When it elects a new leader, prefers a live replica outside the ISR (an unclean election nobody allowed). */
class LeaderOutsideIsrController extends QuorumController {
  protected override buildPartitionChange(part: PartitionRegistration, target: PartitionChangeTarget): PartitionChangeRecord | null {
    const change = super.buildPartitionChange(part, target);
    if (change === null || change.leader === undefined || change.leader === NO_LEADER || change.leader === part.leader) return change;
    const isr = change.isr ?? target.isr ?? part.isr;
    const outsider = part.replicas.find((r) => !isr.includes(r) && target.isAcceptableLeader(r));
    return outsider === undefined ? change : { ...change, leader: outsider };
  }
}

/** Moves leadership off a fenced broker but forgets to take it out of the ISR. */
class KeepsFencedInIsrController extends QuorumController {
  protected override buildPartitionChange(part: PartitionRegistration, target: PartitionChangeTarget): PartitionChangeRecord | null {
    const shrinksForRemoval = target.isr !== undefined && target.isr.length < part.isr.length && part.isr.some((r) => !target.isAcceptableLeader(r));
    return super.buildPartitionChange(part, shrinksForRemoval ? { ...target, isr: part.isr } : target);
  }
}

function firstFailure(options: Omit<ControllerSimulationOptions, 'seed'>, seedsMax: number): ControllerSimulationFailure {
  for (let seed = 1; seed <= seedsMax; seed++) {
    try {
      runControllerSimulation({ ...options, seed });
    } catch (err) {
      if (err instanceof ControllerSimulationFailure) return err;
      throw err;
    }
  }
  throw new Error(`no seed in 1..${seedsMax} exposed the broken rule`);
}

describe('the checkers catch a deliberately broken controller', () => {
  it('electing a leader outside the ISR is caught, and the seed replays the same failure', () => {
    const options = { makeController: (c) => new LeaderOutsideIsrController(c) } satisfies Omit<ControllerSimulationOptions, 'seed'>;
    const failure = firstFailure(options, 100);
    expect(failure.reason).toMatch(/\[PartitionState\] .* is led by \d+, outside its ISR/);
    expect(failure.message).toContain(`seed ${failure.seed} failed at step ${failure.step}`);
    expect(failure.message).toContain(`--seed ${failure.seed}`);
    expect(failure.trace.length).toBeGreaterThan(20);
    let replay: ControllerSimulationFailure | null = null;
    try {
      runControllerSimulation({ ...options, seed: failure.seed });
    } catch (err) {
      replay = err as ControllerSimulationFailure;
    }
    expect(replay).toBeInstanceOf(ControllerSimulationFailure);
    expect(replay!.message).toBe(failure.message);
    expect(() => runControllerSimulation({ seed: failure.seed })).not.toThrow();
  });

  it('keeping a fenced broker in a shared ISR is caught', () => {
    const failure = firstFailure({ makeController: (c) => new KeepsFencedInIsrController(c) }, 100);
    expect(failure.reason).toMatch(/\[PartitionState\] .* keeps inactive broker \d+ in its ISR/);
    expect(() => runControllerSimulation({ seed: failure.seed })).not.toThrow();
  });
});
