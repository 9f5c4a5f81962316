// Goal: prove the image's entrypoint derives per-node configuration exactly as documented and
// hands the broker the right command, and that the healthcheck script reports what the ops
// endpoint answers. Method: run deploy/docker/entrypoint.sh under /bin/sh (dash, as in the
// Debian-based image) with a stub in place of the CLI that records its arguments and GREGOR_*
// environment; run deploy/docker/healthcheck.mjs against a local HTTP server that answers as a
// ready, an unready and an absent node would.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../cluster/support.js';
import { HEALTHCHECK, runEntrypoint } from './support.js';

describe('entrypoint.sh', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gregor-entry-test-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a broker from the image defaults when run without arguments, and formats nothing without a cluster id', () => {
    const run = runEntrypoint({});
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([{ argv: ['broker', 'start', '--config', join(run.appDir, 'deploy/docker/container.properties')], env: {} }]);
  });

  it('formats the log directory with the cluster id before starting, from the environment or the config file', () => {
    const fromEnv = runEntrypoint({ GREGOR_CLUSTER_ID: 'abc', GREGOR_NODE_ID: '2' }, ['broker', 'start']);
    expect(fromEnv.status).toBe(0);
    expect(fromEnv.calls.map((c) => c.argv.slice(0, 2).concat(c.argv.slice(-2)))).toEqual([
      ['storage', 'format', '--cluster-id', 'abc'],
      ['broker', 'start', '--config', join(fromEnv.appDir, 'deploy/docker/container.properties')],
    ]);
    const file = join(dir, 'server.properties');
    writeFileSync(file, '# comment\r\ncluster.id = fromfile  \r\nlisteners=PLAINTEXT://0.0.0.0:9092\r\n');
    const fromFile = runEntrypoint({ CONFIG_FILE: file }, ['broker', 'start', '--log-level', 'debug']);
    expect(fromFile.calls.map((c) => c.argv)).toEqual([
      ['storage', 'format', '--config', file, '--cluster-id', 'fromfile'],
      ['broker', 'start', '--config', file, '--log-level', 'debug'],
    ]);
  });

  it('takes node.id from the StatefulSet ordinal plus NODE_ID_ORDINAL_BASE, unless GREGOR_NODE_ID is set', () => {
    expect(runEntrypoint({ NODE_ID_ORDINAL_BASE: '1', HOSTNAME: 'gregor-7' }).calls[0]!.env).toEqual({ GREGOR_NODE_ID: '8' });
    expect(runEntrypoint({ NODE_ID_ORDINAL_BASE: '0', HOSTNAME: 'my-gregor-12' }).calls[0]!.env).toEqual({ GREGOR_NODE_ID: '12' });
    expect(runEntrypoint({ NODE_ID_ORDINAL_BASE: '1', HOSTNAME: 'gregor-7', GREGOR_NODE_ID: '42' }).calls[0]!.env).toEqual({ GREGOR_NODE_ID: '42' });
    const bad = runEntrypoint({ NODE_ID_ORDINAL_BASE: '1', HOSTNAME: 'gregor' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/does not end in -<ordinal>/);
    expect(bad.calls).toEqual([]);
  });

  it('makes voters combined nodes and every other node a broker only, matching whole ids', () => {
    const voters = '1@gregor-0.gregor-headless:9093, 2@gregor-1.gregor-headless:9093,3@gregor-2.gregor-headless:9093';
    const roles = (ordinal: number, extra: Record<string, string> = {}) =>
      runEntrypoint({ NODE_ID_ORDINAL_BASE: '1', HOSTNAME: `gregor-${ordinal}`, PROCESS_ROLES_FROM_VOTERS: 'true', GREGOR_CONTROLLER_QUORUM_VOTERS: voters, ...extra }).calls[0]!.env.GREGOR_PROCESS_ROLES;
    expect(roles(0)).toBe('broker,controller');
    expect(roles(1)).toBe('broker,controller'); // after ", " in the list
    expect(roles(2)).toBe('broker,controller');
    expect(roles(3)).toBe('broker');
    expect(roles(0, { GREGOR_PROCESS_ROLES: 'controller' })).toBe('controller');
    // node 1 is not voter 11
    const file = join(dir, 'voters.properties');
    writeFileSync(file, 'controller.quorum.voters=11@a:9093,12@b:9093\n');
    expect(runEntrypoint({ CONFIG_FILE: file, GREGOR_NODE_ID: '1', PROCESS_ROLES_FROM_VOTERS: 'true' }).calls[0]!.env.GREGOR_PROCESS_ROLES).toBe('broker');
    expect(runEntrypoint({ CONFIG_FILE: file, GREGOR_NODE_ID: '12', PROCESS_ROLES_FROM_VOTERS: 'true' }).calls[0]!.env.GREGOR_PROCESS_ROLES).toBe('broker,controller');
  });

  it('runs any other CLI command as given, and refuses a missing config file', () => {
    const run = runEntrypoint({ GREGOR_CLUSTER_ID: 'abc' }, ['topics', 'list', '--bootstrap-server', 'gregor:9092']);
    expect(run.calls.map((c) => c.argv)).toEqual([['topics', 'list', '--bootstrap-server', 'gregor:9092']]);
    const missing = runEntrypoint({ CONFIG_FILE: join(dir, 'nope.properties') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
  });
});

describe('healthcheck.mjs', () => {
  const run = promisify(execFile);
  let server: Server;
  let port: number;
  let readyStatus = 200;

  beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(req.url === '/readyz' ? readyStatus : req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ path: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function probe(env: Record<string, string>, path?: string): Promise<{ code: number; out: string }> {
    try {
      const { stdout } = await run(process.execPath, [HEALTHCHECK, ...(path !== undefined ? [path] : [])], { env: { PATH: process.env.PATH ?? '', ...env }, timeout: 10_000 });
      return { code: 0, out: stdout };
    } catch (err) {
      const e = err as { code?: number; stdout?: string; stderr?: string };
      return { code: e.code ?? -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
    }
  }

  it('exits 0 when /readyz answers 2xx (probing a wildcard ops.listener on loopback) and 1 on 503', async () => {
    readyStatus = 200;
    expect(await probe({ GREGOR_OPS_LISTENER: `http://0.0.0.0:${port}` })).toEqual({ code: 0, out: '{"path":"/readyz"}\n' });
    readyStatus = 503;
    expect((await probe({ GREGOR_OPS_LISTENER: `http://0.0.0.0:${port}` })).code).toBe(1);
    expect(await probe({ GREGOR_OPS_LISTENER: `http://127.0.0.1:${port}` }, '/healthz')).toEqual({ code: 0, out: '{"path":"/healthz"}\n' });
  });

  it('reads ops.listener from the config file when no variable sets it, and fails when nothing answers', async () => {
    readyStatus = 200;
    const dir = mkdtempSync(join(tmpdir(), 'gregor-health-'));
    try {
      const file = join(dir, 'server.properties');
      writeFileSync(file, `listeners=PLAINTEXT://0.0.0.0:9092\nops.listener = http://0.0.0.0:${port}\n`);
      expect((await probe({ CONFIG_FILE: file })).code).toBe(0);
      const [closed] = await freePorts(1);
      const down = await probe({ GREGOR_OPS_LISTENER: `http://127.0.0.1:${closed}` });
      expect(down.code).toBe(1);
      expect(down.out).toMatch(/healthcheck:/);
      writeFileSync(file, 'listeners=PLAINTEXT://0.0.0.0:9092\n');
      expect(await probe({ CONFIG_FILE: file })).toMatchObject({ code: 1, out: expect.stringMatching(/ops.listener is not set/) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
