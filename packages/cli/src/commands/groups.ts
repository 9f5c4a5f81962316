import { Admin, type Connection } from '@gregor/client';
import { decodeConsumerProtocolAssignment, ErrorCode, errorInfo, Reader } from '@gregor/protocol';
import type { Command } from 'commander';
import { addBootstrapOption, formatTable, parseInteger, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor groups list|describe|delete|reset-offsets`: consumer group administration, like
 * kafka-consumer-groups.sh. Groups are found with FindCoordinator and asked of their
 * coordinator: ListGroups (every broker), DescribeGroups for classic groups and
 * ConsumerGroupDescribe for KIP-848 groups, OffsetFetch and ListOffsets for lag, DeleteGroups,
 * and OffsetCommit with generation -1 to reset an inactive group's offsets.
 */

export interface ListedGroup {
  readonly groupId: string;
  readonly type: string;
  readonly state: string;
  readonly protocolType: string;
  readonly coordinator: number;
}

export interface GroupMember {
  readonly memberId: string;
  readonly instanceId: string | null;
  readonly clientId: string;
  readonly host: string;
  readonly assignment: ReadonlyArray<{ topic: string; partitions: number[] }>;
}

export interface GroupDescription {
  readonly groupId: string;
  readonly type: 'classic' | 'consumer';
  readonly state: string;
  readonly protocolType: string;
  /** The selected assignor (classic) or server assignor (consumer). */
  readonly protocol: string;
  readonly coordinator: number;
  readonly members: readonly GroupMember[];
}

export interface PartitionLag {
  readonly topic: string;
  readonly partition: number;
  readonly currentOffset: number | null;
  readonly logEndOffset: number;
  readonly lag: number | null;
  readonly memberId: string | null;
  readonly host: string | null;
  readonly clientId: string | null;
}

const RETRIABLE_COORDINATOR = new Set<number>([ErrorCode.COORDINATOR_NOT_AVAILABLE, ErrorCode.COORDINATOR_LOAD_IN_PROGRESS, ErrorCode.NOT_COORDINATOR]);

class GroupError extends Error {
  readonly errorCode: number;
  constructor(errorCode: number, what: string) {
    super(`${what}: ${errorInfo(errorCode).name}${errorCode !== ErrorCode.NONE ? ` (${errorInfo(errorCode).message})` : ''}`);
    this.errorCode = errorCode;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Decodes a consumer-protocol assignment (classic groups), [] when it is not one. */
function assignmentOf(bytes: Buffer): Array<{ topic: string; partitions: number[] }> {
  if (bytes.length < 2) return [];
  try {
    const r = new Reader(bytes);
    const version = r.int16();
    return decodeConsumerProtocolAssignment(r, Math.min(Math.max(version, 0), 3)).assignedPartitions.map((a) => ({ topic: a.topic, partitions: [...a.partitions].sort((x, y) => x - y) }));
  } catch {
    return [];
  }
}

/** The group APIs over a @gregor/client Admin, with coordinator lookup and retries. */
export class GroupAdmin {
  readonly admin: Admin;
  private readonly retries: number;

  constructor(admin: Admin, retries = 20) {
    this.admin = admin;
    this.retries = retries;
  }

  /** Runs `op` against the group's coordinator, finding it again while it moves or loads. */
  private async withCoordinator<T>(groupId: string, op: (connection: Connection, nodeId: number) => Promise<T | { retry: number }>): Promise<T> {
    let lastError: number = ErrorCode.COORDINATOR_NOT_AVAILABLE;
    for (let attempt = 0; attempt <= this.retries; attempt++) {
      if (attempt > 0) await sleep(Math.min(1000, 100 * 2 ** Math.min(attempt, 4)));
      const nodeId = await this.findCoordinator(groupId).catch((err: unknown) => {
        if (err instanceof GroupError && RETRIABLE_COORDINATOR.has(err.errorCode)) return -1;
        throw err;
      });
      if (nodeId < 0) continue;
      const connection = await this.admin.client.connectionTo(nodeId);
      const result = await op(connection, nodeId);
      if (typeof result === 'object' && result !== null && 'retry' in result) {
        lastError = result.retry;
        continue;
      }
      return result as T;
    }
    throw new GroupError(lastError, `group ${groupId}`);
  }

  async findCoordinator(groupId: string): Promise<number> {
    const connection = await this.admin.client.anyConnection();
    const v4 = connection.versionFor(10) >= 4;
    const r = await connection.send(10, { key: v4 ? '' : groupId, keyType: 0, coordinatorKeys: v4 ? [groupId] : [] });
    const c = v4 ? r.coordinators[0]! : { errorCode: r.errorCode, nodeId: r.nodeId };
    if (c.errorCode !== ErrorCode.NONE) throw new GroupError(c.errorCode, `FindCoordinator for ${groupId}`);
    return c.nodeId;
  }

  /** ListGroups on every broker (each lists the groups it coordinates), merged and sorted. */
  async listGroups(states: readonly string[] = [], types: readonly string[] = []): Promise<ListedGroup[]> {
    const cluster = await this.admin.describeCluster();
    const out: ListedGroup[] = [];
    for (const broker of cluster.brokers) {
      for (let attempt = 0; ; attempt++) {
        const connection = await this.admin.client.connectionTo(broker.nodeId);
        const v = connection.versionFor(16);
        if (states.length > 0 && v < 4) throw new Error(`broker ${broker.nodeId} cannot filter groups by state (ListGroups v${v})`);
        const r = await connection.send(16, { statesFilter: v >= 4 ? [...states] : [], typesFilter: v >= 5 ? [...types] : [] });
        if (r.errorCode === ErrorCode.COORDINATOR_LOAD_IN_PROGRESS && attempt < this.retries) {
          await sleep(200);
          continue;
        }
        if (r.errorCode !== ErrorCode.NONE) throw new GroupError(r.errorCode, `ListGroups on broker ${broker.nodeId}`);
        for (const g of r.groups) {
          const type = v >= 5 ? g.groupType : 'classic';
          if (types.length > 0 && !types.some((t) => t.toLowerCase() === type.toLowerCase())) continue;
          out.push({ groupId: g.groupId, type, state: g.groupState, protocolType: g.protocolType, coordinator: broker.nodeId });
        }
        break;
      }
    }
    return out.sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0));
  }

  /**
   * A group's state and members: ConsumerGroupDescribe for KIP-848 groups (when the broker
   * serves it), DescribeGroups for classic ones. Null when the group does not exist.
   */
  async describe(groupId: string): Promise<GroupDescription | null> {
    return this.withCoordinator<GroupDescription | null>(groupId, async (connection, nodeId) => {
      if (connection.versionOf(69) >= 0) {
        const r = await connection.send(69, { groupIds: [groupId], includeAuthorizedOperations: false });
        const g = r.groups[0]!;
        if (RETRIABLE_COORDINATOR.has(g.errorCode)) return { retry: g.errorCode };
        if (g.errorCode === ErrorCode.NONE) {
          return {
            groupId,
            type: 'consumer',
            state: g.groupState,
            protocolType: 'consumer',
            protocol: g.assignorName,
            coordinator: nodeId,
            members: g.members.map((m) => ({
              memberId: m.memberId,
              instanceId: m.instanceId,
              clientId: m.clientId,
              host: m.clientHost,
              assignment: m.assignment.topicPartitions.map((tp) => ({ topic: tp.topicName, partitions: [...tp.partitions].sort((a, b) => a - b) })),
            })),
          };
        }
        if (g.errorCode !== ErrorCode.GROUP_ID_NOT_FOUND) throw new GroupError(g.errorCode, `ConsumerGroupDescribe ${groupId}`);
      }
      const r = await connection.send(15, { groups: [groupId], includeAuthorizedOperations: false });
      const g = r.groups[0]!;
      if (RETRIABLE_COORDINATOR.has(g.errorCode)) return { retry: g.errorCode };
      if (g.errorCode === ErrorCode.GROUP_ID_NOT_FOUND || (g.errorCode === ErrorCode.NONE && g.groupState === 'Dead')) return null;
      if (g.errorCode !== ErrorCode.NONE) throw new GroupError(g.errorCode, `DescribeGroups ${groupId}`);
      return {
        groupId,
        type: 'classic',
        state: g.groupState,
        protocolType: g.protocolType,
        protocol: g.protocolData,
        coordinator: nodeId,
        members: g.members.map((m) => ({
          memberId: m.memberId,
          instanceId: m.groupInstanceId,
          clientId: m.clientId,
          host: m.clientHost,
          assignment: g.protocolType === 'consumer' ? assignmentOf(m.memberAssignment) : [],
        })),
      };
    });
  }

  /** Every committed offset of a group (OffsetFetch with all topics). */
  async committed(groupId: string): Promise<Array<{ topic: string; partition: number; offset: number }>> {
    return this.withCoordinator(groupId, async (connection) => {
      const v = connection.versionFor(9, 2);
      const r = await connection.send(9, {
        groupId: v >= 8 ? '' : groupId,
        topics: v >= 8 ? [] : null,
        groups: v >= 8 ? [{ groupId, memberId: null, memberEpoch: -1, topics: null }] : [],
        requireStable: v >= 7,
      });
      const errorCode = v >= 8 ? r.groups[0]!.errorCode : r.errorCode;
      if (RETRIABLE_COORDINATOR.has(errorCode)) return { retry: errorCode };
      if (errorCode !== ErrorCode.NONE) throw new GroupError(errorCode, `OffsetFetch ${groupId}`);
      const topics = v >= 8 ? r.groups[0]!.topics : r.topics;
      return topics
        .flatMap((t) => t.partitions.filter((p) => p.committedOffset >= 0n).map((p) => ({ topic: t.name, partition: p.partitionIndex, offset: Number(p.committedOffset) })))
        .sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
    });
  }

  async deleteGroup(groupId: string): Promise<number> {
    return this.withCoordinator(groupId, async (connection) => {
      const r = await connection.send(42, { groupsNames: [groupId] });
      const errorCode = r.results[0]!.errorCode;
      return RETRIABLE_COORDINATOR.has(errorCode) ? { retry: errorCode } : errorCode;
    });
  }

  /** Commits offsets as an admin (generation -1, no member): only an inactive group accepts them. */
  async commit(groupId: string, offsets: ReadonlyArray<{ topic: string; partition: number; offset: number }>): Promise<void> {
    await this.withCoordinator(groupId, async (connection) => {
      const byTopic = new Map<string, Array<{ partition: number; offset: number }>>();
      for (const o of offsets) byTopic.set(o.topic, [...(byTopic.get(o.topic) ?? []), o]);
      const r = await connection.send(8, {
        groupId,
        generationIdOrMemberEpoch: -1,
        memberId: '',
        groupInstanceId: null,
        retentionTimeMs: -1n,
        topics: [...byTopic].map(([name, list]) => ({
          name,
          partitions: list.map((o) => ({ partitionIndex: o.partition, committedOffset: BigInt(o.offset), committedLeaderEpoch: -1, commitTimestamp: -1n, committedMetadata: '' })),
        })),
      });
      for (const t of r.topics) {
        for (const p of t.partitions) {
          if (RETRIABLE_COORDINATOR.has(p.errorCode)) return { retry: p.errorCode };
          if (p.errorCode !== ErrorCode.NONE) throw new GroupError(p.errorCode, `OffsetCommit ${groupId} ${t.name}-${p.partitionIndex}`);
        }
      }
      return true;
    });
  }

  /** Per partition of the group (committed or assigned): committed offset, log end offset, lag and owner. */
  async lag(description: GroupDescription | null, groupId: string): Promise<PartitionLag[]> {
    const committed = await this.committed(groupId);
    const owner = new Map<string, GroupMember>();
    for (const m of description?.members ?? []) for (const a of m.assignment) for (const p of a.partitions) owner.set(`${a.topic}\u0000${p}`, m);
    const keys = new Map<string, { topic: string; partition: number }>();
    for (const c of committed) keys.set(`${c.topic}\u0000${c.partition}`, c);
    for (const m of description?.members ?? []) for (const a of m.assignment) for (const p of a.partitions) keys.set(`${a.topic}\u0000${p}`, { topic: a.topic, partition: p });
    const ends = new Map<string, number>();
    for (const topic of new Set([...keys.values()].map((k) => k.topic))) {
      const partitions = [...keys.values()].filter((k) => k.topic === topic).map((k) => k.partition);
      for (const e of await this.admin.listOffsets(topic, 'latest', partitions).catch(() => [])) ends.set(`${topic}\u0000${e.partition}`, e.offset);
    }
    const rows = [...keys.entries()].map(([key, k]): PartitionLag => {
      const current = committed.find((c) => c.topic === k.topic && c.partition === k.partition)?.offset ?? null;
      const end = ends.get(key) ?? -1;
      const m = owner.get(key);
      return {
        topic: k.topic,
        partition: k.partition,
        currentOffset: current,
        logEndOffset: end,
        lag: current === null || end < 0 ? null : Math.max(0, end - current),
        memberId: m?.memberId ?? null,
        host: m?.host ?? null,
        clientId: m?.clientId ?? null,
      };
    });
    return rows.sort((a, b) => (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : a.partition - b.partition));
  }
}

// ---------------------------------------------------------------------------------------------
// Offset reset planning

export type ResetSpec =
  | { readonly kind: 'earliest' }
  | { readonly kind: 'latest' }
  | { readonly kind: 'datetime'; readonly timestampMs: number }
  | { readonly kind: 'offset'; readonly offset: number }
  | { readonly kind: 'shift'; readonly by: number };

/** Parses `--topic name` or `--topic name:0,2,5`. */
export function parseTopicPartitions(text: string): { topic: string; partitions: number[] | null } {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return { topic: text, partitions: null };
  const partitions = text
    .slice(colon + 1)
    .split(',')
    .map((s) => {
      const n = Number(s.trim());
      if (!Number.isInteger(n) || n < 0) throw new Error(`invalid partition ${JSON.stringify(s)} in --topic ${text}`);
      return n;
    });
  return { topic: text.slice(0, colon), partitions };
}

/**
 * The new offset of one partition under a reset spec, clamped to [earliest, latest] as
 * kafka-consumer-groups does (a datetime past the last record means the log end).
 */
export function planReset(spec: ResetSpec, p: { earliest: number; latest: number; current: number | null; atTimestamp: number | null }): number {
  const clamp = (o: number) => Math.min(Math.max(o, p.earliest), p.latest);
  switch (spec.kind) {
    case 'earliest':
      return p.earliest;
    case 'latest':
      return p.latest;
    case 'datetime':
      return p.atTimestamp === null || p.atTimestamp < 0 ? p.latest : clamp(p.atTimestamp);
    case 'offset':
      return clamp(spec.offset);
    case 'shift':
      if (p.current === null) throw new Error('--shift-by needs a committed offset for every partition it resets');
      return clamp(p.current + spec.by);
  }
}

/** Accepts ISO 8601 (2024-05-01T12:00:00Z, 2024-05-01T12:00:00.000+02:00) or epoch milliseconds. */
export function parseDatetime(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`invalid --to-datetime ${JSON.stringify(text)} (use ISO 8601, e.g. 2024-05-01T12:00:00Z)`);
  return ms;
}

// ---------------------------------------------------------------------------------------------
// Commands

interface ListFlags extends CommonFlags {
  state?: string[];
  type?: string[];
}

interface DescribeFlags extends CommonFlags {
  members?: boolean;
  state?: boolean;
}

interface ResetFlags extends CommonFlags {
  topic?: string[];
  allTopics?: boolean;
  toEarliest?: boolean;
  toLatest?: boolean;
  toDatetime?: string;
  toOffset?: number;
  shiftBy?: number;
  dryRun?: boolean;
  execute?: boolean;
}

async function withGroups<T>(flags: CommonFlags, run: (groups: GroupAdmin) => Promise<T>): Promise<T> {
  const admin = new Admin({ bootstrapServers: flags.bootstrapServer, clientId: 'gregor-cli', retries: 5 });
  try {
    return await run(new GroupAdmin(admin));
  } finally {
    await admin.close();
  }
}

const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '-' : String(v));

function resetSpecOf(flags: ResetFlags): ResetSpec {
  const given: ResetSpec[] = [];
  if (flags.toEarliest) given.push({ kind: 'earliest' });
  if (flags.toLatest) given.push({ kind: 'latest' });
  if (flags.toDatetime !== undefined) given.push({ kind: 'datetime', timestampMs: parseDatetime(flags.toDatetime) });
  if (flags.toOffset !== undefined) given.push({ kind: 'offset', offset: flags.toOffset });
  if (flags.shiftBy !== undefined) given.push({ kind: 'shift', by: flags.shiftBy });
  if (given.length !== 1) throw new Error('give exactly one of --to-earliest, --to-latest, --to-datetime, --to-offset, --shift-by');
  return given[0]!;
}

export function registerGroupsCommands(program: Command, io: CliIo = processIo): void {
  const groups = program.command('groups').description('list, describe, delete consumer groups and reset their offsets');

  addBootstrapOption(groups.command('list').description('list consumer groups (every broker is asked for the groups it coordinates)'))
    .option('--state <state...>', 'only groups in these states (Empty, Stable, PreparingRebalance, ..., case-insensitive)')
    .option('--type <type...>', 'only groups of these types (classic, consumer)')
    .option('--json', 'print JSON')
    .action(async (flags: ListFlags) => {
      const listed = await withGroups(flags, (g) => g.listGroups(flags.state ?? [], flags.type ?? []));
      if (flags.json) io.stdout.write(`${toJson(listed)}\n`);
      else io.stdout.write(formatTable(['GROUP', 'TYPE', 'STATE', 'PROTOCOL-TYPE', 'COORDINATOR'], listed.map((l) => [l.groupId, l.type, l.state, dash(l.protocolType), String(l.coordinator)])));
    });

  addBootstrapOption(groups.command('describe <group...>').description('partitions with committed offset, log end offset and lag per member (or --members, --state)'))
    .option('--members', 'list members with their assignments')
    .option('--state', 'show the group\'s state, coordinator and assignor')
    .option('--json', 'print JSON')
    .action(async (names: string[], flags: DescribeFlags) => {
      let failed = false;
      await withGroups(flags, async (g) => {
        const out: unknown[] = [];
        for (const groupId of names) {
          const d = await g.describe(groupId);
          const lag = flags.members || flags.state ? [] : await g.lag(d, groupId);
          if (d === null && lag.length === 0) {
            failed = true;
            if (flags.json) out.push({ groupId, error: 'GROUP_ID_NOT_FOUND' });
            else io.stderr.write(`Consumer group '${groupId}' does not exist.\n`);
            continue;
          }
          if (flags.json) {
            out.push({ ...(d ?? { groupId, state: 'Dead', members: [] }), ...(flags.members || flags.state ? {} : { partitions: lag }) });
            continue;
          }
          if (flags.state) {
            io.stdout.write(formatTable(['GROUP', 'COORDINATOR (ID)', 'ASSIGNMENT-STRATEGY', 'STATE', '#MEMBERS', 'TYPE'], [[groupId, String(d?.coordinator ?? '-'), dash(d?.protocol), d?.state ?? 'Dead', String(d?.members.length ?? 0), d?.type ?? '-']]));
          } else if (flags.members) {
            io.stdout.write(
              formatTable(
                ['GROUP', 'CONSUMER-ID', 'GROUP-INSTANCE-ID', 'HOST', 'CLIENT-ID', '#PARTITIONS', 'ASSIGNMENT'],
                (d?.members ?? []).map((m) => [
                  groupId,
                  m.memberId,
                  dash(m.instanceId),
                  m.host,
                  m.clientId,
                  String(m.assignment.reduce((n, a) => n + a.partitions.length, 0)),
                  m.assignment.map((a) => `${a.topic}(${a.partitions.join(',')})`).join(' ') || '-',
                ]),
              ),
            );
          } else {
            if ((d?.members.length ?? 0) === 0) io.stdout.write(`Consumer group '${groupId}' has no active members.\n`);
            io.stdout.write(
              formatTable(
                ['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'LOG-END-OFFSET', 'LAG', 'CONSUMER-ID', 'HOST', 'CLIENT-ID'],
                lag.map((r) => [groupId, r.topic, String(r.partition), dash(r.currentOffset), dash(r.logEndOffset < 0 ? null : r.logEndOffset), dash(r.lag), dash(r.memberId), dash(r.host), dash(r.clientId)]),
              ),
            );
          }
          io.stdout.write('\n');
        }
        if (flags.json) io.stdout.write(`${toJson(out)}\n`);
      });
      if (failed) process.exitCode = 1;
    });

  addBootstrapOption(groups.command('delete <group...>').description('delete inactive groups with their committed offsets'))
    .option('--json', 'print JSON')
    .action(async (names: string[], flags: CommonFlags) => {
      const results = await withGroups(flags, async (g) => {
        const out: Array<{ groupId: string; error: string | null }> = [];
        for (const groupId of names) {
          const code = await g.deleteGroup(groupId);
          out.push({ groupId, error: code === ErrorCode.NONE ? null : errorInfo(code).name });
        }
        return out;
      });
      if (flags.json) io.stdout.write(`${toJson(results)}\n`);
      else {
        const ok = results.filter((r) => r.error === null).map((r) => `'${r.groupId}'`);
        if (ok.length > 0) io.stdout.write(`Deletion of requested consumer groups (${ok.join(', ')}) was successful.\n`);
        for (const r of results) if (r.error !== null) io.stderr.write(`Deletion of group '${r.groupId}' failed: ${r.error}\n`);
      }
      if (results.some((r) => r.error !== null)) process.exitCode = 1;
    });

  addBootstrapOption(
    groups
      .command('reset-offsets <group>')
      .description('plan (default, or --dry-run) or --execute a reset of an inactive group\'s committed offsets'),
  )
    .option('--topic <topic...>', 'topics to reset, each optionally with partitions: orders:0,2')
    .option('--all-topics', 'every topic the group has committed offsets for')
    .option('--to-earliest', 'reset to the log start')
    .option('--to-latest', 'reset to the log end')
    .option('--to-datetime <iso>', 'reset to the first offset at or after this time (ISO 8601 or epoch ms)')
    .option('--to-offset <n>', 'reset to this offset (clamped to the log)', parseInteger('--to-offset', 0))
    .option('--shift-by <n>', 'move the committed offsets by n (negative: back)', parseInteger('--shift-by'))
    .option('--dry-run', 'only print the plan (the default)')
    .option('--execute', 'commit the new offsets')
    .option('--json', 'print JSON')
    .action(async (groupId: string, flags: ResetFlags) => {
      const spec = resetSpecOf(flags);
      if (flags.dryRun && flags.execute) throw new Error('give either --dry-run or --execute');
      if ((flags.topic === undefined) === !flags.allTopics) throw new Error('give --topic (repeatable) or --all-topics');
      const plan = await withGroups(flags, async (g) => {
        const d = await g.describe(groupId);
        if (d !== null && d.state !== 'Empty' && d.state !== 'Dead') {
          throw new Error(`Assignments can only be reset if the group '${groupId}' is inactive, but the current state is ${d.state}.`);
        }
        const committed = await g.committed(groupId);
        let targets: Array<{ topic: string; partitions: number[] | null }>;
        if (flags.allTopics) targets = [...new Set(committed.map((c) => c.topic))].map((topic) => ({ topic, partitions: null }));
        else targets = (flags.topic ?? []).map(parseTopicPartitions);
        const rows: Array<{ topic: string; partition: number; currentOffset: number | null; newOffset: number }> = [];
        for (const t of targets) {
          const earliest = await g.admin.listOffsets(t.topic, 'earliest', t.partitions ?? undefined);
          const latest = await g.admin.listOffsets(t.topic, 'latest', t.partitions ?? undefined);
          const atTime = spec.kind === 'datetime' ? await g.admin.listOffsets(t.topic, { timestamp: spec.timestampMs }, t.partitions ?? undefined) : [];
          for (const e of earliest) {
            const current = committed.find((c) => c.topic === t.topic && c.partition === e.partition)?.offset ?? null;
            const newOffset = planReset(spec, {
              earliest: e.offset,
              latest: latest.find((l) => l.partition === e.partition)!.offset,
              current,
              atTimestamp: atTime.find((a) => a.partition === e.partition)?.offset ?? null,
            });
            rows.push({ topic: t.topic, partition: e.partition, currentOffset: current, newOffset });
          }
        }
        if (flags.execute && rows.length > 0) await g.commit(groupId, rows.map((r) => ({ topic: r.topic, partition: r.partition, offset: r.newOffset })));
        return rows;
      });
      if (flags.json) io.stdout.write(`${toJson({ groupId, executed: flags.execute === true, partitions: plan })}\n`);
      else {
        io.stdout.write(formatTable(['GROUP', 'TOPIC', 'PARTITION', 'CURRENT-OFFSET', 'NEW-OFFSET'], plan.map((r) => [groupId, r.topic, String(r.partition), dash(r.currentOffset), String(r.newOffset)])));
        if (!flags.execute) io.stdout.write('(dry run: nothing was committed; add --execute to apply)\n');
      }
    });
}
