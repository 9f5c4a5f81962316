#!/usr/bin/env node
// Summarizes a V8 CPU profile (node --cpu-prof) as the functions with the most self time, with
// their share of the samples, grouped by function name and file. Used by bench-all.mjs on the
// broker's profile; runs alone too:
//
//   node scripts/bench-profile.mjs <file.cpuprofile> [--top 25] [--json]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Self time per function (name + file + line), as shares of all samples, largest first. With a
 * window (CLOCK_MONOTONIC microseconds, as process.hrtime.bigint() / 1000n gives in any process
 * on the machine: V8 stamps samples with the same clock) only the samples inside it count, so
 * start-up and idle tails stay out of a load phase's profile.
 */
export function summarizeProfile(profile, top = 25, window = undefined) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map();
  let total = 0;
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas?.[i] ?? 0;
    if (window !== undefined && (t < window.fromUs || t > window.toUs)) continue;
    const id = profile.samples[i];
    counts.set(id, (counts.get(id) ?? 0) + 1);
    total++;
  }
  total ||= 1;
  const byFunction = new Map();
  const byArea = new Map();
  for (const [id, count] of counts) {
    const frame = byId.get(id).callFrame;
    const file = frame.url ? shortPath(frame.url) : '';
    const name = frame.functionName || '(anonymous)';
    const key = file ? `${name} ${file}:${frame.lineNumber + 1}` : name;
    byFunction.set(key, (byFunction.get(key) ?? 0) + count);
    const area = areaOf(name, file);
    byArea.set(area, (byArea.get(area) ?? 0) + count);
  }
  const idleKeys = ['(idle)', '(program)', '(garbage collector)'];
  const share = (k) => (byFunction.get(k) ?? 0) / total;
  const busy = Math.max(1, total - (byFunction.get('(idle)') ?? 0));
  const rows = [...byFunction]
    .filter(([fn]) => fn !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([fn, c]) => ({ fn, selfPct: (100 * c) / total, busyPct: (100 * c) / busy }));
  const areas = [...byArea]
    .filter(([area]) => area !== 'idle')
    .sort((a, b) => b[1] - a[1])
    .map(([area, c]) => ({ area, selfPct: (100 * c) / total, busyPct: (100 * c) / busy }));
  return {
    samples: total,
    durationMs: window === undefined ? (profile.endTime - profile.startTime) / 1000 : (Math.min(window.toUs, profile.endTime) - Math.max(window.fromUs, profile.startTime)) / 1000,
    idlePct: 100 * share('(idle)'),
    gcPct: 100 * share('(garbage collector)'),
    programPct: 100 * share('(program)'),
    busyPct: 100 * (1 - idleKeys.slice(0, 1).reduce((s, k) => s + share(k), 0)),
    top: rows,
    areas,
  };
}

/** Where a function belongs: a workspace package, Node's own JavaScript, native code, GC. */
function areaOf(name, file) {
  if (name === '(idle)') return 'idle';
  if (name === '(garbage collector)') return 'garbage collector';
  if (name === '(program)') return '(program): V8 and native work outside JavaScript';
  if (file.startsWith('packages/')) return `@gregor/${file.split('/')[1]}`;
  if (file.startsWith('node:')) return 'Node.js library (JavaScript)';
  if (file.startsWith('node_modules/')) return `dependency ${file.split('/')[1]}`;
  if (file === '') return 'native calls (syscalls, buffer copies, microtask queue)';
  return 'other';
}

function shortPath(url) {
  const path = url.replace(/^file:\/\//, '');
  const i = path.indexOf('/packages/');
  if (i >= 0) return path.slice(i + 1);
  if (path.startsWith('node:')) return path;
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + 1);
  return basename(path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
  if (file === undefined) {
    console.error('usage: node scripts/bench-profile.mjs <file.cpuprofile> [--top N] [--json]');
    process.exit(2);
  }
  const topAt = args.indexOf('--top');
  const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), topAt >= 0 ? Number(args[topAt + 1]) : 25);
  if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
  else {
    console.log(`${summary.samples} samples over ${(summary.durationMs / 1000).toFixed(1)} s; idle ${summary.idlePct.toFixed(1)} %, GC ${summary.gcPct.toFixed(1)} %`);
    console.log('self time, % of all samples / % of busy samples:');
    for (const r of summary.top) console.log(`${r.selfPct.toFixed(1).padStart(5)} % ${r.busyPct.toFixed(1).padStart(5)} %  ${r.fn}`);
    console.log('by area:');
    for (const r of summary.areas) console.log(`${r.selfPct.toFixed(1).padStart(5)} % ${r.busyPct.toFixed(1).padStart(5)} %  ${r.area}`);
  }
}
