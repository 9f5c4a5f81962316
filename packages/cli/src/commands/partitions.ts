import { Admin } from '@gregor/client';
import { ErrorCode, errorInfo } from '@gregor/protocol';
import type { Command } from 'commander';
import { addBootstrapOption, formatTable, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor partitions reassign|reassignments`: moves partitions between brokers and changes a
 * topic's replication factor (AlterPartitionReassignments, KIP-455: new replicas are added, catch
 * up and join the ISR, then old ones are dropped), and lists reassignments in progress.
 */
interface ReassignFlags extends CommonFlags {
  partition?: string[];
  replicas?: string;
  replicationFactor?: string;
  cancel?: boolean;
  wait?: boolean;
  timeoutMs: string;
}

const parseIds = (text: string): number[] =>
  text.split(',').map((s) => {
    const n = Number(s.trim());
    if (!Number.isInteger(n) || n < 0) throw new Error(`invalid broker id ${JSON.stringify(s)}`);
    return n;
  });

export async function listReassignments(admin: Admin, topics: string[] | null) {
  const r = await admin.client.send('any', 46, { timeoutMs: 30_000, topics: topics === null ? null : topics.map((name) => ({ name, partitionIndexes: [] })) });
  if (r.errorCode !== ErrorCode.NONE) throw new Error(`ListPartitionReassignments failed: ${errorInfo(r.errorCode).name} ${r.errorMessage ?? ''}`);
  return r.topics.flatMap((t) => t.partitions.map((p) => ({ topic: t.name, partition: p.partitionIndex, replicas: p.replicas, adding: p.addingReplicas, removing: p.removingReplicas })));
}

/**
 * New replica lists for a replication factor change: keep the current replicas (first the
 * leader's), add the least-loaded brokers or drop from the end.
 */
function planReplicationFactor(partitions: ReadonlyArray<{ partition: number; replicas: readonly number[] }>, brokers: readonly number[], factor: number): Array<{ partition: number; replicas: number[] }> {
  if (factor < 1 || factor > brokers.length) throw new Error(`replication factor ${factor} needs between 1 and ${brokers.length} brokers`);
  const load = new Map(brokers.map((b) => [b, 0]));
  for (const p of partitions) for (const r of p.replicas) load.set(r, (load.get(r) ?? 0) + 1);
  return partitions.map((p) => {
    const replicas = p.replicas.slice(0, factor);
    while (replicas.length < factor) {
      const next = [...load.entries()].filter(([b]) => !replicas.includes(b)).sort((a, b) => a[1] - b[1] || a[0] - b[0])[0]![0];
      replicas.push(next);
      load.set(next, (load.get(next) ?? 0) + 1);
    }
    return { partition: p.partition, replicas };
  });
}

export function registerPartitionsCommands(program: Command, io: CliIo = processIo): void {
  const partitions = program.command('partitions').description('reassign partitions and change replication factors');

  addBootstrapOption(
    partitions
      .command('reassign <topic>')
      .description('move partitions to new replicas (--replicas) or change the replication factor (--replication-factor)'),
  )
    .option('--partition <n...>', 'partitions to reassign (default: all)')
    .option('--replicas <ids>', 'the new replica list, e.g. 2,3,1 (the first is the preferred leader)')
    .option('--replication-factor <n>', 'give every selected partition this many replicas')
    .option('--cancel', 'cancel reassignments in progress')
    .option('--wait', 'wait until the reassignment has completed')
    .option('--timeout-ms <ms>', 'how long --wait waits', '120000')
    .option('--json', 'print JSON')
    .action(async (topic: string, flags: ReassignFlags) => {
      const admin = new Admin({ bootstrapServers: flags.bootstrapServer, clientId: 'gregor-cli', retries: 3 });
      try {
        const [described] = await admin.describeTopics([topic]);
        if (described === undefined) throw new Error(`topic ${topic} does not exist`);
        const selected = flags.partition === undefined ? described.partitions.map((p) => p.partition) : flags.partition.map(Number);
        let targets: Array<{ partition: number; replicas: number[] | null }>;
        if (flags.cancel) targets = selected.map((partition) => ({ partition, replicas: null }));
        else if (flags.replicas !== undefined) targets = selected.map((partition) => ({ partition, replicas: parseIds(flags.replicas!) }));
        else if (flags.replicationFactor !== undefined) {
          const brokers = (await admin.describeCluster()).brokers.map((b) => b.nodeId);
          targets = planReplicationFactor(described.partitions.filter((p) => selected.includes(p.partition)), brokers, Number(flags.replicationFactor));
        } else throw new Error('give --replicas, --replication-factor or --cancel');

        const r = await admin.client.send('any', 45, {
          timeoutMs: 30_000,
          topics: [{ name: topic, partitions: targets.map((t) => ({ partitionIndex: t.partition, replicas: t.replicas })) }],
        });
        if (r.errorCode !== ErrorCode.NONE) throw new Error(`AlterPartitionReassignments failed: ${errorInfo(r.errorCode).name} ${r.errorMessage ?? ''}`);
        const results = r.responses.flatMap((t) => t.partitions.map((p) => ({ partition: p.partitionIndex, error: p.errorCode === 0 ? null : errorInfo(p.errorCode).name, message: p.errorMessage })));
        const failed = results.filter((x) => x.error !== null);
        if (flags.wait && failed.length === 0) {
          const deadline = Date.now() + Number(flags.timeoutMs);
          for (;;) {
            // Done when the controller lists nothing in progress and every target replica is in
            // the ISR (has caught up), as kafka-reassign-partitions --verify checks.
            const ongoing = await listReassignments(admin, [topic]);
            const [now] = await admin.describeTopics([topic]);
            const inSync = targets.every((t) => t.replicas === null || t.replicas.every((r) => now?.partitions.find((p) => p.partition === t.partition)?.isr.includes(r)));
            if (ongoing.length === 0 && inSync) break;
            if (Date.now() > deadline) throw new Error(`reassignment still in progress after ${flags.timeoutMs} ms: ${toJson(ongoing)}`);
            await new Promise((resolve) => setTimeout(resolve, 500));
          }
        }
        if (flags.json) io.stdout.write(`${toJson({ topic, targets, results, completed: flags.wait === true && failed.length === 0 })}\n`);
        else {
          io.stdout.write(formatTable(['Partition', 'Target replicas', 'Result'], targets.map((t) => {
            const res = results.find((x) => x.partition === t.partition);
            return [String(t.partition), t.replicas === null ? '(cancel)' : t.replicas.join(','), res?.error === null ? (flags.wait ? 'done' : 'started') : `${res?.error ?? '?'} ${res?.message ?? ''}`];
          })));
        }
        if (failed.length > 0) process.exitCode = 1;
      } finally {
        await admin.close();
      }
    });

  addBootstrapOption(partitions.command('reassignments').description('list reassignments in progress'))
    .option('--json', 'print JSON')
    .action(async (flags: CommonFlags) => {
      const admin = new Admin({ bootstrapServers: flags.bootstrapServer, clientId: 'gregor-cli', retries: 3 });
      try {
        const ongoing = await listReassignments(admin, null);
        if (flags.json) io.stdout.write(`${toJson(ongoing)}\n`);
        else if (ongoing.length === 0) io.stdout.write('No reassignments in progress.\n');
        else io.stdout.write(formatTable(['Topic', 'Partition', 'Replicas', 'Adding', 'Removing'], ongoing.map((o) => [o.topic, String(o.partition), o.replicas.join(','), o.adding.join(','), o.removing.join(',')])));
      } finally {
        await admin.close();
      }
    });
}
