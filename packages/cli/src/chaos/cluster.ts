import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Admin } from '@gregor/client';
import { DevCluster } from '../commands/dev.js';
import { FaultProxy } from './proxy.js';

/**
 * A cluster of node processes for chaos testing: every node-to-node path (controller listener:
 * raft and RPC; broker listener: replica fetching) goes through its own FaultProxy, so links can
 * be cut, made one-way or slowed per direction. Clients reach the nodes directly. When running
 * as root, each node's data directory is a size-limited tmpfs, so a disk can be filled.
 */
export interface ChaosClusterOptions {
  readonly dataDir: string;
  readonly nodes: number;
  readonly overrides: ReadonlyMap<string, string>;
  readonly env?: Readonly<Record<string, string>>;
  /** Mount a tmpfs of this many MiB per node (root only) so disks can be filled. */
  readonly tmpfsMiB?: number;
}

export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<import('node:net').Server>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => resolve(s));
    })),
  );
  const ports = servers.map((s) => (s.address() as import('node:net').AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

export class ChaosCluster {
  readonly nodes: DevCluster;
  /** proxies.get(`${kind}:${from}->${to}`) */
  readonly proxies = new Map<string, FaultProxy>();
  readonly mounted: string[] = [];
  readonly dataDir: string;

  private constructor(nodes: DevCluster, dataDir: string) {
    this.nodes = nodes;
    this.dataDir = dataDir;
  }

  static canMountTmpfs(): boolean {
    return process.getuid?.() === 0 && existsSync('/bin/mount');
  }

  static async start(opts: ChaosClusterOptions): Promise<ChaosCluster> {
    const n = opts.nodes;
    const ids = Array.from({ length: n }, (_, i) => i + 1);
    const ports = await freePorts(2 * n);
    const clientPorts = ports.slice(0, n);
    const controllerPorts = ports.slice(n);
    const proxies = new Map<string, FaultProxy>();
    for (const from of ids) {
      for (const to of ids) {
        if (from === to) continue;
        for (const kind of ['controller', 'broker'] as const) {
          const target = { host: '127.0.0.1', port: kind === 'controller' ? controllerPorts[to - 1]! : clientPorts[to - 1]! };
          const proxy = new FaultProxy(target);
          await proxy.start();
          proxies.set(`${kind}:${from}->${to}`, proxy);
        }
      }
    }
    const mounted: string[] = [];
    if (opts.tmpfsMiB !== undefined && ChaosCluster.canMountTmpfs()) {
      for (const id of ids) {
        const dir = join(opts.dataDir, `node-${id}`);
        mkdirSync(dir, { recursive: true });
        execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${opts.tmpfsMiB}m`, 'tmpfs', dir]);
        mounted.push(dir);
      }
    }
    let nodes: DevCluster;
    try {
      nodes = await DevCluster.start({
        dataDir: opts.dataDir,
        nodes: n,
        port: 0,
        controllerPort: 0,
        clientPorts,
        controllerPorts,
        logLevel: 'info',
        overrides: opts.overrides,
        ...(opts.env !== undefined ? { env: opts.env } : {}),
        peerAddress: (from, to, kind) => `127.0.0.1:${proxies.get(`${kind}:${from}->${to}`)!.port}`,
      });
    } catch (err) {
      for (const p of proxies.values()) await p.stop();
      for (const dir of mounted) execFileSync('umount', ['-l', dir]);
      throw err;
    }
    const cluster = new ChaosCluster(nodes, opts.dataDir);
    for (const [k, v] of proxies) cluster.proxies.set(k, v);
    cluster.mounted.push(...mounted);
    return cluster;
  }

  get ids(): readonly number[] {
    return this.nodes.ids;
  }

  clientAddress(id: number): string {
    return `127.0.0.1:${this.nodes.clientPort(id)}`;
  }

  /** Bootstrap list of every node (clients retry the ones that are down). */
  get bootstrap(): string {
    return this.ids.map((id) => this.clientAddress(id)).join(',');
  }

  /** Proxies of every path between `a` and `b`, in both directions. */
  pathsBetween(a: number, b: number): FaultProxy[] {
    return ['controller', 'broker'].flatMap((kind) => [this.proxies.get(`${kind}:${a}->${b}`)!, this.proxies.get(`${kind}:${b}->${a}`)!]);
  }

  /** Cuts every link of `id` (in and out). */
  isolate(id: number): void {
    for (const other of this.ids) if (other !== id) for (const p of this.pathsBetween(id, other)) p.setMode('cut');
  }

  /** Drops everything `from` sends to `to` (connections stay up; the other direction flows). */
  dropOneWay(from: number, to: number): void {
    for (const kind of ['controller', 'broker']) {
      this.proxies.get(`${kind}:${from}->${to}`)!.setMode('drop-forward');
      this.proxies.get(`${kind}:${to}->${from}`)!.setMode('drop-backward');
    }
  }

  /** Every link back to normal. */
  healNetwork(): void {
    for (const p of this.proxies.values()) {
      p.setDelay(0);
      if (p.currentMode !== 'pass') p.setMode('pass');
    }
  }

  /** Fills node `id`'s tmpfs (write errors follow); returns false when disks are not tmpfs. */
  fillDisk(id: number): boolean {
    const dir = join(this.dataDir, `node-${id}`);
    if (!this.mounted.includes(dir)) return false;
    try {
      execFileSync('dd', ['if=/dev/zero', `of=${join(dir, 'ballast')}`, 'bs=1M', 'count=100000'], { stdio: 'ignore' });
    } catch {
      // dd stops with ENOSPC: that is the point.
    }
    return true;
  }

  freeDisk(id: number): void {
    rmSync(join(this.dataDir, `node-${id}`, 'ballast'), { force: true });
  }

  async activeController(): Promise<number | null> {
    for (const id of this.ids) {
      if (!this.nodes.isRunning(id)) continue;
      const admin = new Admin({ bootstrapServers: this.clientAddress(id), retries: 0, requestTimeoutMs: 3000 });
      try {
        const r = await admin.client.send('any', 55, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] });
        const leader = r.topics[0]?.partitions[0]?.leaderId;
        if (r.errorCode === 0 && leader !== undefined && leader >= 0) return leader;
      } catch {
        // try the next node
      } finally {
        await admin.close().catch(() => undefined);
      }
    }
    return null;
  }

  async leaderOf(topic: string, partition: number): Promise<number | null> {
    for (const id of this.ids) {
      if (!this.nodes.isRunning(id)) continue;
      const admin = new Admin({ bootstrapServers: this.clientAddress(id), retries: 0, requestTimeoutMs: 3000 });
      try {
        const [t] = await admin.describeTopics([topic]);
        const leader = t?.partitions.find((p) => p.partition === partition)?.leader;
        if (leader !== undefined && leader >= 0) return leader;
      } catch {
        // try the next node
      } finally {
        await admin.close().catch(() => undefined);
      }
    }
    return null;
  }

  async stop(): Promise<void> {
    await this.nodes.stop();
    for (const p of this.proxies.values()) await p.stop();
    // Node logs live on the tmpfs data directories: keep a copy for the report's readers.
    mkdirSync(join(this.dataDir, 'logs'), { recursive: true });
    for (const id of this.ids) {
      const log = join(this.nodes.nodeDir(id), 'gregor.log');
      if (existsSync(log)) copyFileSync(log, join(this.dataDir, 'logs', `node-${id}.log`));
    }
    for (const dir of this.mounted) {
      try {
        execFileSync('umount', ['-l', dir]);
      } catch {
        // already unmounted
      }
    }
  }

  /** Writes a marker so a crashed harness's leftovers can be recognised. */
  static markDataDir(dir: string): void {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'CHAOS-RUN'), `${process.pid}\n`);
  }
}
