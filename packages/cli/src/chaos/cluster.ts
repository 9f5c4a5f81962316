import { execFileSync } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Admin } from '@gregor/client';
import { DevCluster } from '../commands/dev.js';
import { FaultProxy } from './proxy.js';

/**
 * A cluster of node processes for chaos testing: every node-to-node path (controller listener:
 * raft and RPC; broker listener: replica fetching) goes through its own FaultProxy, so links can
 * be cut, made one-way or slowed per direction. Clients reach the nodes directly. When running
 * as root, each node's data directory is a size-limited disk, so it can be filled: an ext4 file
 * system on its own loop device (backed by a sparse file in /dev/shm) where the kernel allows
 * it, so the node's I/O can also be throttled with the cgroup v1 blkio controller (a slow
 * disk); otherwise a size-limited tmpfs (which cannot be slowed).
 */
export interface ChaosClusterOptions {
  readonly dataDir: string;
  readonly nodes: number;
  readonly overrides: ReadonlyMap<string, string>;
  readonly env?: Readonly<Record<string, string>>;
  /** Give each node a disk of this many MiB (root only) so disks can be filled (and slowed). */
  readonly diskMiB?: number;
}

/** How node data directories are backed. */
export type DiskBacking = 'loop-ext4' | 'tmpfs' | 'none';

/**
 * The slow disk: throttles on the node's loop device, per process (blkio.throttle.*): 5 write
 * requests per second (a few ms per fsync becomes ~200 ms, and they queue), 256 KiB/s. Only I/O
 * the node itself issues is throttled (its fsyncs and direct writes; cgroup v1 does not charge
 * page-cache writeback by the kernel's flusher threads to the process).
 */
export const SLOW_DISK_WRITE_IOPS = 5;
export const SLOW_DISK_READ_IOPS = 20;
export const SLOW_DISK_WRITE_BYTES_PER_SECOND = 256 * 1024;
const BLKIO_ROOT = '/sys/fs/cgroup/blkio';

interface LoopDisk {
  readonly dir: string;
  readonly image: string;
  readonly device: string;
  /** "major:minor" of the loop device, as blkio.throttle.* files name devices. */
  readonly majorMinor: string;
}

const sh = (cmd: string, args: readonly string[]): string => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

/**
 * Removes what a killed harness left behind: loop disks and throttle cgroups named after a
 * process id that no longer runs (images /dev/shm/gregor-chaos-<pid>-*, cgroups
 * gregor-chaos-<pid>-node-*). Another live harness's disks are left alone.
 */
function cleanupStaleDisks(): void {
  const alive = (pid: number): boolean => existsSync(`/proc/${pid}`);
  const quiet = (f: () => void): void => {
    try {
      f();
    } catch {
      // best effort
    }
  };
  for (const name of existsSync('/dev/shm') ? readdirSync('/dev/shm') : []) {
    const m = /^gregor-chaos-(\d+)-\d+-\d+\.img$/.exec(name);
    if (m === null || alive(Number(m[1]))) continue;
    const image = join('/dev/shm', name);
    quiet(() => {
      for (const line of sh('losetup', ['-j', image]).split('\n').filter((l) => l !== '')) {
        const device = line.split(':')[0]!;
        quiet(() => sh('umount', ['-l', device]));
        quiet(() => sh('losetup', ['-d', device]));
      }
    });
    rmSync(image, { force: true });
  }
  for (const name of existsSync(BLKIO_ROOT) ? readdirSync(BLKIO_ROOT) : []) {
    const m = /^gregor-chaos-(\d+)-node-\d+$/.exec(name);
    if (m !== null && !alive(Number(m[1]))) quiet(() => rmdirSync(join(BLKIO_ROOT, name)));
  }
}

/** Loop-mounted ext4 data directories: null (after undoing any partial work) when the kernel or tools refuse. */
function mountLoopDisks(dirs: readonly string[], sizeMiB: number): LoopDisk[] | null {
  const disks: LoopDisk[] = [];
  try {
    for (const dir of dirs) {
      mkdirSync(dir, { recursive: true });
      const image = join('/dev/shm', `gregor-chaos-${process.pid}-${dirs.indexOf(dir) + 1}-${Date.now()}.img`);
      const fd = openSync(image, 'w');
      ftruncateSync(fd, sizeMiB * 1024 * 1024);
      closeSync(fd);
      let device: string;
      try {
        device = sh('losetup', ['-f', '--show', image]);
      } catch (err) {
        rmSync(image, { force: true });
        throw err;
      }
      const majorMinor = readFileSync(`/sys/block/${device.replace('/dev/', '')}/dev`, 'utf8').trim();
      const disk = { dir, image, device, majorMinor };
      try {
        // -m 0: no blocks reserved for root (the broker runs as root here: it would use them).
        sh('mkfs.ext4', ['-q', '-F', '-m', '0', device]);
        sh('mount', ['-o', 'noatime', device, dir]);
      } catch (err) {
        releaseLoopDisk(disk, false);
        throw err;
      }
      disks.push(disk);
    }
    return disks;
  } catch {
    for (const d of disks) releaseLoopDisk(d, true);
    return null;
  }
}

function releaseLoopDisk(disk: LoopDisk, mounted: boolean): void {
  const quiet = (f: () => void): void => {
    try {
      f();
    } catch {
      // best effort: leftovers are named gregor-chaos-<pid>-*
    }
  };
  if (mounted) quiet(() => sh('umount', ['-l', disk.dir]));
  quiet(() => sh('losetup', ['-d', disk.device]));
  rmSync(disk.image, { force: true });
}

/** Whether blkio throttling works on `majorMinor`: a probe cgroup takes a throttle rule. */
function blkioThrottleWorks(majorMinor: string): boolean {
  const probe = join(BLKIO_ROOT, `gregor-chaos-probe-${process.pid}`);
  try {
    if (!existsSync(join(BLKIO_ROOT, 'blkio.throttle.write_iops_device'))) return false;
    mkdirSync(probe);
    writeFileSync(join(probe, 'blkio.throttle.write_iops_device'), `${majorMinor} ${SLOW_DISK_WRITE_IOPS}`);
    return true;
  } catch {
    return false;
  } finally {
    try {
      rmdirSync(probe);
    } catch {
      // never created
    }
  }
}

/** The blkio cgroup this harness runs in (a throttled node goes back there when healed). */
function ownBlkioCgroup(): string {
  const line = readFileSync('/proc/self/cgroup', 'utf8').split('\n').find((l) => /^\d+:([^:]*,)?blkio(,[^:]*)?:/.test(l));
  const path = line?.split(':')[2] ?? '/';
  return join(BLKIO_ROOT, path);
}

/** Ports free right now on 127.0.0.1 (bound to port 0 and released). */
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
  diskBacking: DiskBacking = 'none';
  private loopDisks: LoopDisk[] = [];
  private canThrottle = false;
  /** node id -> its throttled cgroup directory, while its disk is slowed. */
  private readonly throttled = new Map<number, string>();

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
    let loopDisks: LoopDisk[] = [];
    let backing: DiskBacking = 'none';
    if (opts.diskMiB !== undefined && ChaosCluster.canMountTmpfs()) {
      const dirs = ids.map((id) => join(opts.dataDir, `node-${id}`));
      cleanupStaleDisks();
      loopDisks = mountLoopDisks(dirs, opts.diskMiB) ?? [];
      if (loopDisks.length > 0) {
        backing = 'loop-ext4';
        mounted.push(...dirs);
      } else {
        for (const dir of dirs) {
          mkdirSync(dir, { recursive: true });
          execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${opts.diskMiB}m`, 'tmpfs', dir]);
          mounted.push(dir);
        }
        backing = 'tmpfs';
      }
    }
    const unmount = (): void => {
      if (loopDisks.length > 0) for (const d of loopDisks) releaseLoopDisk(d, true);
      else for (const dir of mounted) execFileSync('umount', ['-l', dir]);
    };
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
      unmount();
      throw err;
    }
    const cluster = new ChaosCluster(nodes, opts.dataDir);
    for (const [k, v] of proxies) cluster.proxies.set(k, v);
    cluster.mounted.push(...mounted);
    cluster.diskBacking = backing;
    cluster.loopDisks = loopDisks;
    cluster.canThrottle = loopDisks[0] !== undefined && blkioThrottleWorks(loopDisks[0].majorMinor);
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
    // Big blocks first, then 4 KiB ones: ext4 refuses a 1 MiB write while a few hundred KiB
    // are still free (enough for seconds of appends), so the tail is filled block by block.
    for (const [file, bs] of [['ballast', '1M'], ['ballast-tail', '4k']] as const) {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(dir, file)}`, `bs=${bs}`, 'count=100000000'], { stdio: 'ignore' });
      } catch {
        // dd stops with ENOSPC: that is the point.
      }
    }
    return true;
  }

  freeDisk(id: number): void {
    for (const file of ['ballast', 'ballast-tail']) rmSync(join(this.dataDir, `node-${id}`, file), { force: true });
  }

  /** Why disks cannot be slowed here, or null when they can. */
  get slowDiskUnsupported(): string | null {
    if (this.diskBacking === 'none') return 'data directories are not separate disks (needs root)';
    if (this.diskBacking === 'tmpfs') return 'no loop device with ext4 here (a tmpfs cannot be throttled)';
    if (!this.canThrottle) return 'the blkio cgroup controller refuses throttle rules here';
    return null;
  }

  /**
   * Slows node `id`'s disk: its process joins a blkio cgroup that throttles its loop device.
   * Returns a description, or null when disks cannot be slowed here. A node restarted while
   * slowed starts outside the cgroup (a new disk, in effect).
   */
  slowDisk(id: number): string | null {
    const disk = this.loopDisks[this.ids.indexOf(id)];
    const pid = this.nodes.process(id)?.pid;
    if (this.slowDiskUnsupported !== null || disk === undefined || pid === undefined) return null;
    const cgroup = join(BLKIO_ROOT, `gregor-chaos-${process.pid}-node-${id}`);
    mkdirSync(cgroup, { recursive: true });
    writeFileSync(join(cgroup, 'blkio.throttle.write_iops_device'), `${disk.majorMinor} ${SLOW_DISK_WRITE_IOPS}`);
    writeFileSync(join(cgroup, 'blkio.throttle.read_iops_device'), `${disk.majorMinor} ${SLOW_DISK_READ_IOPS}`);
    writeFileSync(join(cgroup, 'blkio.throttle.write_bps_device'), `${disk.majorMinor} ${SLOW_DISK_WRITE_BYTES_PER_SECOND}`);
    writeFileSync(join(cgroup, 'cgroup.procs'), String(pid));
    this.throttled.set(id, cgroup);
    return `${disk.device} throttled (blkio): ${SLOW_DISK_WRITE_IOPS} write IOPS, ${SLOW_DISK_WRITE_BYTES_PER_SECOND / 1024} KiB/s, ${SLOW_DISK_READ_IOPS} read IOPS`;
  }

  /**
   * Lifts node `id`'s throttle: rules cleared (queued I/O drains at once), process moved back.
   * Returns the write requests the throttled device served the node meanwhile (blkio's count), or
   * null when the node was not slowed.
   */
  restoreDisk(id: number): number | null {
    const cgroup = this.throttled.get(id);
    const disk = this.loopDisks[this.ids.indexOf(id)];
    if (cgroup === undefined || disk === undefined) return null;
    this.throttled.delete(id);
    let writes = 0;
    try {
      const served = readFileSync(join(cgroup, 'blkio.throttle.io_serviced'), 'utf8');
      const line = served.split('\n').find((l) => l.startsWith(`${disk.majorMinor} Write `));
      writes = Number(line?.split(' ')[2] ?? 0);
    } catch {
      // no statistics: report 0
    }
    for (const f of ['blkio.throttle.write_iops_device', 'blkio.throttle.read_iops_device', 'blkio.throttle.write_bps_device']) {
      writeFileSync(join(cgroup, f), `${disk.majorMinor} 0`);
    }
    const home = join(ownBlkioCgroup(), 'cgroup.procs');
    for (const pid of readFileSync(join(cgroup, 'cgroup.procs'), 'utf8').split('\n').filter((l) => l !== '')) {
      try {
        writeFileSync(home, pid);
      } catch {
        // the process exited meanwhile
      }
    }
    try {
      rmdirSync(cgroup);
    } catch {
      // a task still leaving: the empty cgroup (no rules left) is removed by the next run
    }
    return writes;
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

  /**
   * Stops every node and proxy and releases the disks. Node logs live on the node disks: a copy
   * is kept in `<dataDir>/logs/`; with `keepData`, each node's whole data directory is copied to
   * `<dataDir>/data/node-N/` too (segments, checkpoints, snapshots: evidence for a failed check).
   */
  async stop(keepData = false): Promise<void> {
    await this.nodes.stop();
    for (const p of this.proxies.values()) await p.stop();
    mkdirSync(join(this.dataDir, 'logs'), { recursive: true });
    for (const id of this.ids) {
      const log = join(this.nodes.nodeDir(id), 'gregor.log');
      if (existsSync(log)) copyFileSync(log, join(this.dataDir, 'logs', `node-${id}.log`));
      if (keepData && this.mounted.length > 0) {
        cpSync(this.nodes.nodeDir(id), join(this.dataDir, 'data', `node-${id}`), { recursive: true, filter: (src) => !/(lost\+found|ballast)/.test(src) });
      }
    }
    for (const id of [...this.throttled.keys()]) this.restoreDisk(id);
    if (this.loopDisks.length > 0) {
      for (const d of this.loopDisks) releaseLoopDisk(d, true);
      return;
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
