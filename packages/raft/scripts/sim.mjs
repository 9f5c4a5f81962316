#!/usr/bin/env node
// Runs the deterministic raft simulator over many seeds (the built dist: run `npx tsc -b packages/raft`
// first). Examples:
//   node packages/raft/scripts/sim.mjs --seeds 1000             # seeds 1..1000
//   node packages/raft/scripts/sim.mjs --duration 600 --from 5000  # as many seeds as fit in 10 minutes
//   node packages/raft/scripts/sim.mjs --seed 1234 --trace        # replay one seed, full trace to stdout
// A failing seed prints its violation and the trace that led to it; the same seed replays it exactly.
import { parseArgs } from 'node:util';
import { runSimulation, SimulationFailure } from '../dist/sim/index.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    seeds: { type: 'string' },
    from: { type: 'string', default: '1' },
    duration: { type: 'string' },
    'fault-ms': { type: 'string' },
    voters: { type: 'string' },
    trace: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('usage: sim.mjs [--seed N [--trace]] [--seeds COUNT] [--from FIRST] [--duration SECONDS] [--fault-ms MS] [--voters 3|5] [--keep-going]');
  process.exit(0);
}

const base = {};
if (values['fault-ms']) base.faultMs = Number(values['fault-ms']);
if (values.voters) base.voters = Number(values.voters);

if (values.seed !== undefined) {
  const seed = Number(values.seed);
  try {
    const summary = runSimulation({ ...base, seed, onTrace: values.trace ? (line) => console.log(line) : undefined });
    console.log(JSON.stringify(summary, null, 2));
  } catch (err) {
    if (err instanceof SimulationFailure) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  process.exit(0);
}

const first = Number(values.from);
const count = values.seeds !== undefined ? Number(values.seeds) : values.duration !== undefined ? Infinity : 100;
const deadline = values.duration !== undefined ? Date.now() + Number(values.duration) * 1000 : Infinity;
const started = Date.now();
const failures = [];
const totals = { runs: 0, steps: 0, committed: 0, leaderTerms: 0, crashes: 0, partitions: 0, restores: 0, reads: 0, virtualMs: 0 };
let lastReport = Date.now();

for (let seed = first; seed < first + count && Date.now() < deadline; seed++) {
  try {
    const s = runSimulation({ ...base, seed });
    totals.runs++;
    totals.steps += s.steps;
    totals.committed += s.proposals.committed;
    totals.leaderTerms += s.leaderTerms;
    totals.crashes += s.faults.crashes;
    totals.partitions += s.faults.partitions;
    totals.restores += s.snapshots.restores;
    totals.reads += s.reads.ok;
    totals.virtualMs += s.virtualMs;
  } catch (err) {
    totals.runs++;
    if (!(err instanceof SimulationFailure)) throw err;
    failures.push(seed);
    console.error(err.message);
    console.error('');
    if (!values['keep-going']) break;
  }
  if (Date.now() - lastReport > 5000) {
    lastReport = Date.now();
    const secs = (Date.now() - started) / 1000;
    console.log(`… ${totals.runs} seeds (last ${seed}), ${failures.length} failed, ${(totals.runs / secs).toFixed(1)} seeds/s`);
  }
}

const secs = (Date.now() - started) / 1000;
console.log(
  `${totals.runs} seeds from ${first} in ${secs.toFixed(1)}s: ${failures.length} failed` +
    (failures.length ? ` (seeds ${failures.join(', ')})` : '') +
    `; ${totals.steps} steps, ${(totals.virtualMs / 1000).toFixed(0)} virtual seconds, ${totals.committed} proposals committed, ` +
    `${totals.leaderTerms} elected terms, ${totals.crashes} crashes, ${totals.partitions} partitions, ${totals.restores} snapshot installs, ${totals.reads} linearizable reads`,
);
process.exit(failures.length ? 1 : 0);
