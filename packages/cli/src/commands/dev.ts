import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClusterId, readMetaProperties } from '@gregor/broker';
import type { Command } from 'commander';
import { BROKER_NODE_FLAGS } from '../node-flags.js';

/**
 * `gregor dev`: a local cluster of N combined nodes (broker + controller) on 127.0.0.1, one
 * process each, with data and per-node logs under one folder. It prints the bootstrap servers
 * once every node serves, and Ctrl-C stops every node cleanly (controlled shutdown, flushed
 * logs). Re-running it reuses the folder and its cluster id.
 */
/** The built CLI (also when this module runs from TypeScript sources in tests). */
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'bin.js');

/** The cluster id of a dev folder: remembered in <dir>/cluster-id, or found in a node's meta.properties. */
function clusterIdFor(dataDir: string, nodes: number): string {
  const file = join(dataDir, 'cluster-id');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  for (let i = 1; i <= nodes; i++) {
    const meta = readMetaProperties(join(dataDir, `node-${i}`));
    if (meta !== null) return meta.clusterId;
  }
  const id = newClusterId();
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${id}\n`);
  return id;
}

export interface DevClusterOptions {
  readonly dataDir: string;
  readonly nodes: number;
  /** Client ports are port, port+1, ...; controller ports are controllerPort, controllerPort+1, ... */
  readonly port: number;
  readonly controllerPort: number;
  /** Explicit ports per node (tests pick free ones); override port/controllerPort. */
  readonly clientPorts?: readonly number[];
  readonly controllerPorts?: readonly number[];
  /** process.roles per node (default: every node 'broker,controller'). */
  readonly roles?: readonly string[];
  /**
   * How node `from` reaches node `to` (controller listener, or broker listener for replica
   * fetching), when not directly: the chaos suite puts a fault-injecting proxy on every path.
   */
  readonly peerAddress?: (from: number, to: number, kind: 'controller' | 'broker') => string;
  /** Extra environment for node processes. */
  readonly env?: Readonly<Record<string, string>>;
  readonly logLevel: string;
  readonly overrides: ReadonlyMap<string, string>;
}

/**
 * A local cluster of node processes. Nodes can be killed (any signal), stopped cleanly and
 * restarted individually, which the cluster and chaos tests use.
 */
export class DevCluster {
  readonly clusterId: string;
  readonly dataDir: string;
  readonly ids: readonly number[];
  private readonly opts: DevClusterOptions;
  private readonly processes = new Map<number, ChildProcess>();
  private readonly addresses = new Map<number, string>();

  private constructor(opts: DevClusterOptions) {
    this.opts = opts;
    this.dataDir = resolve(opts.dataDir);
    this.clusterId = clusterIdFor(this.dataDir, opts.nodes);
    this.ids = Array.from({ length: opts.nodes }, (_, i) => i + 1);
  }

  static async start(opts: DevClusterOptions): Promise<DevCluster> {
    const cluster = new DevCluster(opts);
    try {
      await Promise.all(cluster.ids.map((id) => cluster.startNode(id)));
    } catch (err) {
      await cluster.stop();
      throw err;
    }
    return cluster;
  }

  clientPort(id: number): number {
    return this.opts.clientPorts?.[id - 1] ?? this.opts.port + id - 1;
  }

  controllerPort(id: number): number {
    return this.opts.controllerPorts?.[id - 1] ?? this.opts.controllerPort + id - 1;
  }

  nodeDir(id: number): string {
    return join(this.dataDir, `node-${id}`);
  }

  /** Bootstrap servers of the nodes that run now. */
  get bootstrap(): string {
    return this.ids
      .filter((id) => this.isRunning(id) && this.rolesOf(id).includes('broker'))
      .map((id) => this.addresses.get(id) ?? `127.0.0.1:${this.clientPort(id)}`)
      .join(',');
  }

  get children(): readonly ChildProcess[] {
    return [...this.processes.values()];
  }

  process(id: number): ChildProcess | undefined {
    return this.processes.get(id);
  }

  isRunning(id: number): boolean {
    const c = this.processes.get(id);
    return c !== undefined && c.exitCode === null && c.signalCode === null;
  }

  rolesOf(id: number): string {
    return this.opts.roles?.[id - 1] ?? 'broker,controller';
  }

  /** Starts node `id` and resolves once it serves (a broker: clients; a controller: the quorum). */
  startNode(id: number): Promise<string> {
    const peer = this.opts.peerAddress;
    const voters = this.ids
      .filter((v) => this.rolesOf(v).includes('controller'))
      .map((v) => `${v}@${v === id || peer === undefined ? `127.0.0.1:${this.controllerPort(v)}` : peer(id, v, 'controller')}`)
      .join(',');
    const fetchOverrides =
      peer === undefined
        ? []
        : this.ids.filter((v) => v !== id && this.rolesOf(v).includes('broker')).map((v) => `${v}@${peer(id, v, 'broker')}`);
    const roles = this.rolesOf(id);
    const brokers = this.ids.filter((v) => this.rolesOf(v).includes('broker')).length;
    const listeners = [
      ...(roles.includes('broker') ? [`PLAINTEXT://127.0.0.1:${this.clientPort(id)}`] : []),
      ...(roles.includes('controller') ? [`CONTROLLER://127.0.0.1:${this.controllerPort(id)}`] : []),
    ].join(',');
    const nodeDir = this.nodeDir(id);
    mkdirSync(nodeDir, { recursive: true });
    const logFd = openSync(join(nodeDir, 'gregor.log'), 'a');
    const args = [
      ...BROKER_NODE_FLAGS,
      BIN, 'broker', 'start',
      '--node-id', String(id),
      '--log-dirs', nodeDir,
      '--listeners', listeners,
      '--log-level', this.opts.logLevel,
      '--override', `process.roles=${roles}`,
      '--override', `controller.quorum.voters=${voters}`,
      '--override', `cluster.id=${this.clusterId}`,
      '--override', `default.replication.factor=${Math.min(3, brokers)}`,
      '--override', `min.insync.replicas=${Math.min(2, brokers)}`,
    ];
    if (fetchOverrides.length > 0) args.push('--override', `replica.fetch.address.overrides=${fetchOverrides.join(',')}`);
    for (const [k, v] of this.opts.overrides) args.push('--override', `${k}=${v}`);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', logFd], env: { ...process.env, ...(this.opts.env ?? {}) } });
    closeSync(logFd);
    this.processes.set(id, child);
    return new Promise((resolveReady, reject) => {
      let out = '';
      let isReady = false;
      const onExit = (code: number | null) => reject(new Error(`node ${id} exited with ${code} before serving; see ${join(nodeDir, 'gregor.log')}`));
      child.once('exit', onExit);
      // After the ready line stdout is still drained (a full pipe would block the node) but not kept.
      child.stdout!.on('data', (d: Buffer) => {
        if (isReady) return;
        out += d.toString();
        const m = /Bootstrap servers: (\S+)/.exec(out);
        if (m) this.addresses.set(id, m[1]!);
        if (m || /Gregor controller \d+ is running/.test(out)) {
          isReady = true;
          out = '';
          child.off('exit', onExit);
          resolveReady(m?.[1] ?? '');
        }
      });
    });
  }

  /** Sends `signal` to node `id` and waits for it to exit (SIGKILL after 30 s). */
  async signalNode(id: number, signal: NodeJS.Signals): Promise<number | null> {
    const c = this.processes.get(id);
    if (c === undefined || c.exitCode !== null || c.signalCode !== null) return c?.exitCode ?? null;
    return new Promise((done) => {
      const timer = setTimeout(() => c.kill('SIGKILL'), 30_000);
      c.once('exit', (code) => {
        clearTimeout(timer);
        done(code);
      });
      c.kill(signal);
    });
  }

  /**
   * Stops every running node cleanly: broker-only nodes first (their controlled shutdown needs
   * the controllers), then the rest.
   */
  async stop(): Promise<void> {
    const brokerOnly = this.ids.filter((id) => !this.rolesOf(id).includes('controller'));
    await Promise.all(brokerOnly.map((id) => this.signalNode(id, 'SIGTERM')));
    await Promise.all(this.ids.map((id) => this.signalNode(id, 'SIGTERM')));
  }
}

export async function startDevCluster(opts: DevClusterOptions): Promise<DevCluster> {
  return DevCluster.start(opts);
}

export function registerDevCommand(program: Command): void {
  program
    .command('dev')
    .description('start a local cluster (3 combined broker+controller nodes) on 127.0.0.1; Ctrl-C stops it')
    .option('--data-dir <dir>', 'where data and per-node logs live', '.gregor')
    .option('--nodes <n>', 'number of nodes', '3')
    .option('--port <port>', 'first client port (node i listens on port+i-1)', '9092')
    .option('--controller-port <port>', 'first controller port', '19092')
    .option('--log-level <level>', 'node log level (logs go to <data-dir>/node-N/gregor.log)', 'info')
    .option('--json', 'print the bootstrap servers and cluster id as JSON')
    .action(async (flags: { dataDir: string; nodes: string; port: string; controllerPort: string; logLevel: string; json?: boolean }) => {
      const nodes = Number(flags.nodes);
      if (!Number.isInteger(nodes) || nodes < 1 || nodes > 9) throw new Error('--nodes must be between 1 and 9');
      process.stderr.write(`Starting ${nodes} node(s) in ${resolve(flags.dataDir)} ...\n`);
      const cluster = await startDevCluster({
        dataDir: flags.dataDir,
        nodes,
        port: Number(flags.port),
        controllerPort: Number(flags.controllerPort),
        logLevel: flags.logLevel,
        overrides: new Map(),
      });
      if (flags.json) {
        process.stdout.write(`${JSON.stringify({ bootstrapServers: cluster.bootstrap, clusterId: cluster.clusterId, nodes, dataDir: resolve(flags.dataDir) })}\n`);
      } else {
        process.stdout.write(
          `Gregor is running: ${nodes} node(s), cluster ${cluster.clusterId}, data and logs in ${resolve(flags.dataDir)}.\n` +
            `Bootstrap servers: ${cluster.bootstrap}\nPress Ctrl-C to stop.\n`,
        );
      }
      await new Promise<void>((done) => {
        let stopping = false;
        const stop = () => {
          if (stopping) return;
          stopping = true;
          process.stderr.write('Stopping every node (controlled shutdown)...\n');
          void cluster.stop().then(done);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
        for (const child of cluster.children) {
          child.once('exit', (code, signal) => {
            if (!stopping) process.stderr.write(`a node exited unexpectedly (${code ?? signal}); see its gregor.log\n`);
          });
        }
      });
      process.stderr.write('Stopped.\n');
    });
}
