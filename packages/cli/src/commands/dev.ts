import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newClusterId, readMetaProperties } from '@gregor/broker';
import type { Command } from 'commander';

/**
 * `gregor dev`: a local cluster of N combined nodes (broker + controller) on 127.0.0.1, one
 * process each, with data and per-node logs under one folder. It prints the bootstrap servers
 * once every node serves, and Ctrl-C stops every node cleanly (controlled shutdown, flushed
 * logs). Re-running it reuses the folder and its cluster id.
 */
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin.js');

export interface DevClusterOptions {
  readonly dataDir: string;
  readonly nodes: number;
  /** Client ports are port, port+1, ...; controller ports are controllerPort, controllerPort+1, ... */
  readonly port: number;
  readonly controllerPort: number;
  readonly logLevel: string;
  readonly overrides: ReadonlyMap<string, string>;
}

export interface DevCluster {
  readonly bootstrap: string;
  readonly clusterId: string;
  readonly children: readonly ChildProcess[];
  stop(): Promise<void>;
}

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

export async function startDevCluster(opts: DevClusterOptions): Promise<DevCluster> {
  const dataDir = resolve(opts.dataDir);
  const clusterId = clusterIdFor(dataDir, opts.nodes);
  const ids = Array.from({ length: opts.nodes }, (_, i) => i + 1);
  const voters = ids.map((id) => `${id}@127.0.0.1:${opts.controllerPort + id - 1}`).join(',');
  const children: ChildProcess[] = [];
  const ready: Promise<string>[] = [];
  for (const id of ids) {
    const nodeDir = join(dataDir, `node-${id}`);
    mkdirSync(nodeDir, { recursive: true });
    const logFd = openSync(join(nodeDir, 'gregor.log'), 'a');
    const args = [
      BIN, 'broker', 'start',
      '--node-id', String(id),
      '--log-dirs', nodeDir,
      '--listeners', `PLAINTEXT://127.0.0.1:${opts.port + id - 1},CONTROLLER://127.0.0.1:${opts.controllerPort + id - 1}`,
      '--log-level', opts.logLevel,
      '--override', 'process.roles=broker,controller',
      '--override', `controller.quorum.voters=${voters}`,
      '--override', `cluster.id=${clusterId}`,
      '--override', `default.replication.factor=${Math.min(3, opts.nodes)}`,
      '--override', `min.insync.replicas=${Math.min(2, opts.nodes)}`,
    ];
    for (const [k, v] of opts.overrides) args.push('--override', `${k}=${v}`);
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', logFd], detached: false });
    children.push(child);
    ready.push(
      new Promise((resolveReady, reject) => {
        let out = '';
        child.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /Bootstrap servers: (\S+)/.exec(out);
          if (m) resolveReady(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`node ${id} exited with ${code} before serving; see ${join(nodeDir, 'gregor.log')}`)));
      }),
    );
  }
  const stop = async (): Promise<void> => {
    await Promise.all(
      children.map(
        (c) =>
          new Promise<void>((done) => {
            if (c.exitCode !== null || c.signalCode !== null) return done();
            const timer = setTimeout(() => c.kill('SIGKILL'), 30_000);
            c.once('exit', () => (clearTimeout(timer), done()));
            c.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const addresses = await Promise.all(ready);
    return { bootstrap: addresses.join(','), clusterId, children, stop };
  } catch (err) {
    await stop();
    throw err;
  }
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
