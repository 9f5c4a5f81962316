import { Admin } from '@gregor/client';
import { ErrorCode, errorInfo } from '@gregor/protocol';
import type { Command } from 'commander';
import { addBootstrapOption, formatTable, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor cluster status`: the nodes and their roles, the active controller, brokers that are
 * registered in partition assignments but not live (fenced or down), and under-replicated or
 * leaderless partitions. Built from DescribeCluster, DescribeQuorum and Metadata, so it works
 * against any broker of the cluster.
 */
/** A voter the active controller has not heard from for this long is reported down. */
const CONTROLLER_CONTACT_MS = 5000;

export interface ClusterStatus {
  readonly clusterId: string | null;
  readonly activeController: number | null;
  readonly controllerEpoch: number | null;
  readonly metadataOffset: number | null;
  readonly nodes: ReadonlyArray<{ id: number; roles: string[]; address: string | null; live: boolean; metadataLag: number | null }>;
  readonly offlineBrokers: readonly number[];
  readonly underReplicated: ReadonlyArray<{ topic: string; partition: number; replicas: number[]; isr: number[]; leader: number }>;
  readonly leaderless: ReadonlyArray<{ topic: string; partition: number; replicas: number[] }>;
  readonly partitions: number;
  readonly topics: number;
}

export async function clusterStatus(bootstrap: string): Promise<ClusterStatus> {
  const admin = new Admin({ bootstrapServers: bootstrap, clientId: 'gregor-cli', retries: 3 });
  try {
    const cluster = await admin.describeCluster();
    const quorum = await admin.client.send('any', 55, { topics: [{ topicName: '__cluster_metadata', partitions: [{ partitionIndex: 0 }] }] });
    const q = quorum.errorCode === ErrorCode.NONE ? quorum.topics[0]?.partitions[0] : undefined;
    const topics = await admin.describeTopics();
    const live = new Map(cluster.brokers.map((b) => [b.nodeId, `${b.host}:${b.port}`]));
    const voters = new Map((q?.currentVoters ?? []).map((v) => [v.replicaId, v]));
    const hw = q === undefined ? null : Number(q.highWatermark);
    const ids = new Set<number>([...live.keys(), ...voters.keys()]);
    const underReplicated: Array<{ topic: string; partition: number; replicas: number[]; isr: number[]; leader: number }> = [];
    const leaderless: Array<{ topic: string; partition: number; replicas: number[] }> = [];
    let partitions = 0;
    for (const t of topics) {
      for (const p of t.partitions) {
        partitions++;
        for (const r of p.replicas) ids.add(r);
        if (p.leader < 0) leaderless.push({ topic: t.name, partition: p.partition, replicas: [...p.replicas] });
        if (p.isr.length < p.replicas.length) underReplicated.push({ topic: t.name, partition: p.partition, replicas: [...p.replicas], isr: [...p.isr], leader: p.leader });
      }
    }
    const nodes = [...ids].sort((a, b) => a - b).map((id) => {
      const roles: string[] = [];
      if (live.has(id) || topics.some((t) => t.partitions.some((p) => p.replicas.includes(id)))) roles.push('broker');
      if (voters.has(id)) roles.push('controller');
      const v = voters.get(id);
      return {
        id,
        roles,
        address: live.get(id) ?? null,
        // A broker is live when registered and unfenced; a controller-only node when the active
        // controller heard from it recently.
        live: live.has(id) || (!roles.includes('broker') && v !== undefined && Date.now() - Number(v.lastFetchTimestamp) < CONTROLLER_CONTACT_MS),
        metadataLag: v === undefined || hw === null ? null : Math.max(0, hw - Number(v.logEndOffset)),
      };
    });
    return {
      clusterId: cluster.clusterId,
      activeController: q?.leaderId ?? null,
      controllerEpoch: q?.leaderEpoch ?? null,
      metadataOffset: hw,
      nodes,
      offlineBrokers: nodes.filter((n) => n.roles.includes('broker') && !live.has(n.id)).map((n) => n.id),
      underReplicated,
      leaderless,
      partitions,
      topics: topics.length,
    };
  } finally {
    await admin.close();
  }
}

function formatStatus(s: ClusterStatus): string {
  const lines: string[] = [];
  lines.push(`Cluster ${s.clusterId ?? '(unknown)'}: ${s.nodes.length} node(s), ${s.topics} topic(s), ${s.partitions} partition(s)`);
  lines.push(
    s.activeController === null
      ? 'Active controller: unknown (DescribeQuorum failed)'
      : `Active controller: ${s.activeController} (epoch ${s.controllerEpoch}, metadata offset ${s.metadataOffset})`,
  );
  lines.push('');
  lines.push(
    formatTable(
      ['Node', 'Roles', 'Address', 'Broker', 'Metadata lag'],
      s.nodes.map((n) => [
        String(n.id),
        n.roles.join(','),
        n.address ?? '-',
        n.roles.includes('broker') ? (s.offlineBrokers.includes(n.id) ? 'FENCED/OFFLINE' : 'live') : '-',
        n.metadataLag === null ? '-' : String(n.metadataLag),
      ]),
    ).trimEnd(),
  );
  lines.push('');
  lines.push(`Offline or fenced brokers: ${s.offlineBrokers.length === 0 ? 'none' : s.offlineBrokers.join(', ')}`);
  lines.push(`Under-replicated partitions: ${s.underReplicated.length}`);
  for (const p of s.underReplicated.slice(0, 20)) lines.push(`  ${p.topic}-${p.partition}  leader ${p.leader}  replicas ${p.replicas.join(',')}  isr ${p.isr.join(',')}`);
  if (s.underReplicated.length > 20) lines.push(`  ... and ${s.underReplicated.length - 20} more (--json lists all)`);
  lines.push(`Leaderless partitions: ${s.leaderless.length}`);
  for (const p of s.leaderless.slice(0, 20)) lines.push(`  ${p.topic}-${p.partition}  replicas ${p.replicas.join(',')}`);
  return lines.join('\n') + '\n';
}

export function registerClusterCommands(program: Command, io: CliIo = processIo): void {
  const cluster = program.command('cluster').description('inspect the cluster');
  addBootstrapOption(cluster.command('status').description('nodes, roles, active controller, fenced brokers, under-replicated and leaderless partitions'))
    .option('--json', 'print JSON')
    .action(async (flags: CommonFlags) => {
      try {
        const status = await clusterStatus(flags.bootstrapServer);
        io.stdout.write(flags.json ? `${toJson(status)}\n` : formatStatus(status));
      } catch (err) {
        const code = (err as { code?: number }).code;
        throw new Error(`cluster status failed: ${code !== undefined ? errorInfo(code).name : (err as Error).message}`);
      }
    });
}
