#!/usr/bin/env node
// Runs the deterministic controller simulation over many seeds (the built dist: run
// `npx tsc -b packages/controller` first). Examples:
//   node packages/controller/scripts/sim.mjs --seeds 1000               # seeds 1..1000
//   node packages/controller/scripts/sim.mjs --duration 600 --from 5000  # as many seeds as fit in 10 minutes
//   node packages/controller/scripts/sim.mjs --seed 1234 --trace         # replay one seed, full trace to stdout
// A failing seed prints its violation and the trace that led to it; the same seed replays it exactly.
import { parseArgs } from 'node:util';
import { ControllerSimulationFailure, runControllerSimulation } from '../dist/sim/index.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    seeds: { type: 'string' },
    from: { type: 'string', default: '1' },
    duration: { type: 'string' },
    'fault-ms': { type: 'string' },
    controllers: { type: 'string' },
    brokers: { type: 'string' },
    trace: { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(
    'usage: sim.mjs [--seed N [--trace]] [--seeds COUNT] [--from FIRST] [--duration SECONDS] [--fault-ms MS] [--controllers 3|5] [--brokers N] [--keep-going]',
  );
  process.exit(0);
}

const base = {};
if (values['fault-ms']) base.faultMs = Number(values['fault-ms']);
if (values.controllers) base.controllers = Number(values.controllers);
if (values.brokers) base.brokers = Number(values.brokers);

if (values.seed !== undefined) {
  const seed = Number(values.seed);
  try {
    const summary = runControllerSimulation({ ...base, seed, onTrace: values.trace ? (line) => console.log(line) : undefined });
    console.log(JSON.stringify(summary, null, 2));
  } catch (err) {
    if (err instanceof ControllerSimulationFailure) {
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
const totals = { runs: 0, steps: 0, virtualMs: 0, offsets: 0, fencings: 0, leaderChanges: 0, leaderless: 0, topics: 0, shutdowns: 0, crashes: 0, restores: 0, brokerSnapshots: 0, maxSettleMs: 0 };
let lastReport = Date.now();

for (let seed = first; seed < first + count && Date.now() < deadline; seed++) {
  try {
    const s = runControllerSimulation({ ...base, seed });
    totals.runs++;
    totals.steps += s.steps;
    totals.virtualMs += s.virtualMs;
    totals.offsets += s.committedOffset;
    totals.fencings += s.metadata.fencings;
    totals.leaderChanges += s.metadata.leaderChanges;
    totals.leaderless += s.metadata.leaderlessTransitions;
    totals.topics += s.metadata.topicsCreated;
    totals.shutdowns += s.faults.controlledShutdowns;
    totals.crashes += s.faults.controllerCrashes;
    totals.restores += s.snapshots.controllerRestores;
    totals.brokerSnapshots += s.snapshots.brokerSnapshotLoads;
    totals.maxSettleMs = Math.max(totals.maxSettleMs, s.settleMs);
  } catch (err) {
    totals.runs++;
    if (!(err instanceof ControllerSimulationFailure)) throw err;
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
    `; ${totals.steps} steps, ${(totals.virtualMs / 1000).toFixed(0)} virtual seconds, ${totals.offsets} metadata offsets committed, ` +
    `${totals.fencings} fencings, ${totals.leaderChanges} leader changes (${totals.leaderless} to no leader), ${totals.topics} topics created, ` +
    `${totals.shutdowns} controlled shutdowns, ${totals.crashes} controller crashes, ${totals.restores} controller snapshot installs, ` +
    `${totals.brokerSnapshots} broker snapshot loads; slowest settle ${totals.maxSettleMs}ms after healing`,
);
process.exit(failures.length ? 1 : 0);
