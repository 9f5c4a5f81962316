// Goal: prove the Compose cluster's configuration and the image's entrypoint, healthcheck and ops
// endpoint work together as a running 3-node cluster, on a machine without a Docker engine.
// Method: start each service of docker-compose.yml as a local process through the real
// deploy/docker/entrypoint.sh (APP_DIR = this checkout's built CLI, the image's
// container.properties), with exactly the service's environment except that container host
// names and ports are mapped to free ports on 127.0.0.1 and log.dirs to temporary directories;
// probe readiness with the real healthcheck.mjs; then run the shared scenario (kafkajs produce,
// SIGTERM one node as `docker stop` would, keep producing, restart, verify every message).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePorts } from '../cluster/support.js';
import { produceStopRestart, type DeployedCluster } from './cluster-scenario.js';
import { COMPOSE_FILE, composeEnvironment, CONTAINER_PROPERTIES, ENTRYPOINT, HEALTHCHECK, readYaml, REPO, type JsonObject } from './support.js';

const CLI = join(REPO, 'packages', 'cli', 'dist', 'bin.js');
const run = promisify(execFile);

class LocalComposeCluster implements DeployedCluster {
  readonly bootstrap: string[] = [];
  private readonly processes = new Map<number, ChildProcess>();
  private readonly envs = new Map<number, Record<string, string>>();
  private readonly ports = new Map<string, number>();

  constructor(
    readonly dir: string,
    services: Record<string, JsonObject>,
    pool: number[],
  ) {
    // Container ports become free local ports: the same (node, container port) pair, the same port.
    const portOf = (node: number, containerPort: number): number => {
      const key = `${node}:${containerPort}`;
      if (!this.ports.has(key)) this.ports.set(key, pool.shift()!);
      return this.ports.get(key)!;
    };
    for (const [name, service] of Object.entries(services)) {
      const node = Number(name.replace('gregor-', ''));
      const env: Record<string, string> = {};
      for (const [key, value] of Object.entries(composeEnvironment(service.environment))) {
        env[key] = value.replace(/(gregor-(\d+)|0\.0\.0\.0|127\.0\.0\.1|localhost):(\d+)/g, (_all, _host: string, peer: string | undefined, port: string) => `127.0.0.1:${portOf(peer !== undefined ? Number(peer) : node, Number(port))}`);
      }
      env.GREGOR_LOG_DIRS = join(dir, name, 'data');
      this.envs.set(node, env);
      const external = /EXTERNAL:\/\/([^,]+)/.exec(env.GREGOR_ADVERTISED_LISTENERS!)![1]!;
      this.bootstrap.push(external);
    }
  }

  private opsListener(node: number): string {
    return this.envs.get(node)!.GREGOR_OPS_LISTENER!;
  }

  async start(node: number): Promise<void> {
    const logFd = openSync(join(this.dir, `gregor-${node}.log`), 'a');
    const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GREGOR_')));
    const child = spawn('/bin/sh', [ENTRYPOINT], {
      env: { ...parentEnv, ...this.envs.get(node), APP_DIR: REPO, CONFIG_FILE: CONTAINER_PROPERTIES, HOSTNAME: `gregor-${node}` },
      stdio: ['ignore', logFd, logFd],
    });
    closeSync(logFd);
    this.processes.set(node, child);
  }

  /** SIGTERM, as `docker stop` sends it (the entrypoint exec'd the broker, so it gets it). */
  async stop(node: number): Promise<void> {
    const child = this.processes.get(node);
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(timer);
    this.processes.delete(node);
  }

  async ops(node: number, path: string): Promise<{ status: number; body: string } | null> {
    if (path === '/readyz' || path === '/healthz') {
      // Through the image's healthcheck script, as Docker runs it.
      try {
        const { stdout } = await run(process.execPath, [HEALTHCHECK, path], { env: { PATH: process.env.PATH ?? '', GREGOR_OPS_LISTENER: this.opsListener(node) }, timeout: 10_000 });
        return { status: 200, body: stdout };
      } catch (err) {
        const e = err as { stdout?: string; stderr?: string };
        if ((e.stderr ?? '').includes('healthcheck:')) return null; // nothing answered
        return { status: 503, body: e.stdout ?? '' };
      }
    }
    try {
      const res = await fetch(`${this.opsListener(node)}${path}`, { signal: AbortSignal.timeout(5000) });
      return { status: res.status, body: await res.text() };
    } catch {
      return null;
    }
  }

  logTail(node: number): string {
    const file = join(this.dir, `gregor-${node}.log`);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '';
  }
}

describe('docker-compose.yml run as local processes through the image entrypoint', () => {
  let cluster: LocalComposeCluster;
  let dir: string;

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx tsc -b)`);
    dir = mkdtempSync(join(tmpdir(), 'gregor-compose-local-'));
    const services = readYaml(COMPOSE_FILE).services as Record<string, JsonObject>;
    cluster = new LocalComposeCluster(dir, services, await freePorts(12));
    for (const node of [1, 2, 3]) await cluster.start(node);
  });

  afterAll(async () => {
    if (cluster !== undefined) await Promise.all([1, 2, 3].map((n) => cluster.stop(n)));
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('formats each node for the Compose cluster id, serves kafkajs, survives a node stop and takes it back', async () => {
    try {
      await produceStopRestart(cluster);
      for (const node of [1, 2, 3]) {
        const meta = readFileSync(join(dir, `gregor-${node}`, 'data', 'meta.properties'), 'utf8');
        expect(meta).toContain('cluster.id=Z3JlZ29yLWNvbXBvc2UtMQ');
        expect(meta).toContain(`node.id=${node}`);
      }
    } catch (err) {
      for (const node of [1, 2, 3]) console.error(`--- gregor-${node} log tail ---\n${cluster.logTail(node)}`);
      throw err;
    }
  }, 240_000);
});
