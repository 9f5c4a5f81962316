// Goal: a three-node raft cluster of real processes over real TCP (127.0.0.1) with real files
// survives kill -9 of its leader: a new leader takes over, nothing acknowledged as committed is
// lost, and the old leader rejoins from its disk and catches up. Method: build the package, spawn
// scripts/node.mjs three times on ports chosen at runtime, propose through the leader, SIGKILL
// it mid-stream, then compare every node's applied values. Children are killed in afterAll.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts, tempDir } from './helpers.js';
import { NodeProcess } from './node-process.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const nodes = new Map<number, NodeProcess>();
const dirs: string[] = [];

beforeAll(() => {
  // The processes run the built dist; build it (incremental, quick when fresh).
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'packages/raft'], { cwd: root, stdio: 'inherit' });
}, 120_000);

afterAll(async () => {
  await Promise.all([...nodes.values()].map((n) => n.kill()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

async function status(n: NodeProcess): Promise<{ role: string; term: number; leaderId: number | null; applied: number }> {
  return (await n.request({ cmd: 'status' })) as never;
}

async function findLeader(candidates: NodeProcess[], notId?: number): Promise<NodeProcess> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const n of candidates) {
      if (!n.isRunning) continue;
      const s = await status(n).catch(() => null);
      if (s?.role === 'leader' && s.leaderId !== notId) return n;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no leader elected');
}

describe('three node processes over TCP with real files', () => {
  it('kill -9 of the leader: a new leader takes over, nothing committed is lost, the old leader catches up', async () => {
    const ports = await freePorts(3);
    const voters = ports.map((p, i) => `${i + 1}@127.0.0.1:${p}`).join(',');
    for (let id = 1; id <= 3; id++) {
      const dir = tempDir(`proc${id}`);
      dirs.push(dir);
      // Small snapshots so the restarted node also exercises snapshot recovery.
      const n = new NodeProcess(id, ['--id', String(id), '--voters', voters, '--data', dir, '--tick-ms', '20', '--snapshot-entries', '40']);
      nodes.set(id, n);
    }
    await Promise.all([...nodes.values()].map((n) => n.start()));

    const first = await findLeader([...nodes.values()]);
    const acked: string[] = [];
    for (let i = 0; i < 60; i++) {
      const r = await first.request({ cmd: 'propose', value: `before-${i}` });
      expect(r['ok']).toBe(true);
      acked.push(`before-${i}`);
    }
    // Proposals in flight when the leader dies may or may not commit; only acked ones must survive.
    const inFlight = Array.from({ length: 20 }, (_, i) => first.request({ cmd: 'propose', value: `racing-${i}` }).catch(() => null));
    await first.kill();
    await Promise.all(inFlight);

    const survivors = [...nodes.values()].filter((n) => n !== first);
    const second = await findLeader(survivors, first.id);
    expect(second.id).not.toBe(first.id);
    for (let i = 0; i < 60; i++) {
      const r = await second.request({ cmd: 'propose', value: `after-${i}` });
      expect(r['ok']).toBe(true);
      acked.push(`after-${i}`);
    }

    const valuesOf = async (n: NodeProcess): Promise<string[]> => ((await n.request({ cmd: 'values', read: true })) as { values: string[] }).values;
    const reference = await valuesOf(second);
    for (const n of survivors) expect(await valuesOf(n)).toEqual(reference);
    // Every acknowledged value is there, in the order it was acknowledged.
    const positions = acked.map((v) => reference.indexOf(v));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Nothing appears twice and nothing was invented.
    expect(new Set(reference).size).toBe(reference.length);
    expect(reference.every((v) => v.startsWith('before-') || v.startsWith('after-') || v.startsWith('racing-'))).toBe(true);

    // The old leader restarts from its own disk and catches up with everything.
    await first.start();
    const deadline = Date.now() + 30_000;
    let caughtUp: string[] = [];
    while (Date.now() < deadline) {
      const got = ((await first.request({ cmd: 'values' })) as { values: string[] }).values;
      if (got.length >= reference.length) {
        caughtUp = got;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(caughtUp.slice(0, reference.length)).toEqual(reference);
    const s = await status(first);
    expect(s.role).toBe('follower');
    expect(s.leaderId).toBe(second.id);
  }, 120_000);
});
