import { Admin, type TopicDescription } from '@gregor/client';
import type { Command } from 'commander';
import { addBootstrapOption, collectKeyValue, collectList, formatTable, parseInteger, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor topics create|list|describe|alter|delete`: topic administration over the Kafka admin
 * APIs (CreateTopics, Metadata, DescribeConfigs, CreatePartitions, IncrementalAlterConfigs,
 * DeleteTopics), like kafka-topics.sh.
 */

interface CreateFlags extends CommonFlags {
  partitions?: number;
  replicationFactor?: number;
  config?: Map<string, string>;
  validateOnly?: boolean;
}

interface AlterFlags extends CommonFlags {
  partitions?: number;
  config?: Map<string, string>;
  deleteConfig?: string[];
  validateOnly?: boolean;
}

interface DescribedTopic extends TopicDescription {
  /** Configs whose value is not the default (set on the topic or on the broker). */
  readonly configs: Record<string, string | null>;
}

async function withAdmin<T>(flags: CommonFlags, run: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = new Admin({ bootstrapServers: flags.bootstrapServer, clientId: 'gregor-cli', retries: 3 });
  try {
    return await run(admin);
  } finally {
    await admin.close();
  }
}

/** Topics with their partitions and non-default configs. */
export async function describeTopics(admin: Admin, names?: readonly string[]): Promise<DescribedTopic[]> {
  const topics = await admin.describeTopics(names);
  if (topics.length === 0) return [];
  const configs = await admin.describeConfigs(topics.map((t) => ({ type: 'topic' as const, name: t.name })));
  return topics.map((t) => {
    const entries = configs.find((c) => c.name === t.name)?.entries ?? [];
    const nonDefault: Record<string, string | null> = {};
    for (const e of entries) if (!e.isDefault) nonDefault[e.name] = e.isSensitive ? '[hidden]' : e.value;
    return { ...t, configs: nonDefault };
  });
}

function formatTopic(t: DescribedTopic): string {
  const replicationFactor = t.partitions[0]?.replicas.length ?? 0;
  const configs = Object.entries(t.configs).map(([k, v]) => `${k}=${v ?? ''}`).join(',');
  const head = `Topic: ${t.name}  TopicId: ${t.topicId}  PartitionCount: ${t.partitions.length}  ReplicationFactor: ${replicationFactor}  Configs: ${configs}\n`;
  const rows = t.partitions.map((p) => [String(p.partition), p.leader < 0 ? 'none' : String(p.leader), p.replicas.join(','), p.isr.join(','), p.offlineReplicas.join(',')]);
  return head + formatTable(['Partition', 'Leader', 'Replicas', 'Isr', 'Offline'], rows).replace(/^(?=.)/gm, '  ');
}

export function registerTopicsCommands(program: Command, io: CliIo = processIo): void {
  const topics = program.command('topics').description('create, list, describe, alter and delete topics');

  addBootstrapOption(
    topics
      .command('create')
      .description('create a topic')
      .argument('<name>', 'topic name')
      .option('--partitions <n>', 'number of partitions (default: the broker\'s num.partitions)', parseInteger('--partitions', 1))
      .option('--replication-factor <n>', 'replicas per partition (default: the broker\'s default.replication.factor)', parseInteger('--replication-factor', 1, 32767))
      .option('--config <key=value>', 'topic config (repeatable)', collectKeyValue('--config'))
      .option('--validate-only', 'check the request without creating the topic')
      .option('--json', 'print the result as JSON'),
  ).action(async (name: string, flags: CreateFlags) => {
    const [created] = await withAdmin(flags, (admin) =>
      admin.createTopics(
        [{ name, numPartitions: flags.partitions ?? -1, replicationFactor: flags.replicationFactor ?? -1, configs: Object.fromEntries(flags.config ?? []) }],
        { validateOnly: flags.validateOnly ?? false },
      ),
    );
    if (flags.json) {
      io.stdout.write(toJson({ ...created, validateOnly: flags.validateOnly ?? false }) + '\n');
      return;
    }
    const what = `${created!.numPartitions} partition(s), replication factor ${created!.replicationFactor}`;
    io.stdout.write(flags.validateOnly ? `Topic ${name} would be created (${what}); nothing was changed.\n` : `Created topic ${name} (${what}).\n`);
  });

  addBootstrapOption(
    topics
      .command('list')
      .description('list topic names')
      .option('--internal', 'include internal topics')
      .option('--json', 'print a JSON array'),
  ).action(async (flags: CommonFlags & { internal?: boolean }) => {
    const names = await withAdmin(flags, (admin) => admin.listTopics({ includeInternal: flags.internal ?? false }));
    io.stdout.write(flags.json ? toJson(names) + '\n' : names.map((n) => n + '\n').join(''));
  });

  addBootstrapOption(
    topics
      .command('describe')
      .description('partitions, leaders, replicas, ISR and non-default configs of one topic or all')
      .argument('[name]', 'topic name (default: every topic)')
      .option('--json', 'print a JSON array'),
  ).action(async (name: string | undefined, flags: CommonFlags) => {
    const described = await withAdmin(flags, (admin) => describeTopics(admin, name === undefined ? undefined : [name]));
    if (flags.json) io.stdout.write(toJson(described) + '\n');
    else io.stdout.write(described.map(formatTopic).join('\n'));
  });

  addBootstrapOption(
    topics
      .command('alter')
      .description('raise the partition count or change topic configs')
      .argument('<name>', 'topic name')
      .option('--partitions <n>', 'new total partition count (only increases)', parseInteger('--partitions', 1))
      .option('--config <key=value>', 'set a topic config (repeatable)', collectKeyValue('--config'))
      .option('--delete-config <key>', 'remove a topic config override (repeatable)', collectList)
      .option('--validate-only', 'check the request without applying it')
      .option('--json', 'print the result as JSON'),
  ).action(async (name: string, flags: AlterFlags) => {
    const sets = [...(flags.config ?? [])];
    const deletes = flags.deleteConfig ?? [];
    if (flags.partitions === undefined && sets.length === 0 && deletes.length === 0) {
      throw new Error('topics alter needs --partitions, --config or --delete-config');
    }
    const validateOnly = flags.validateOnly ?? false;
    await withAdmin(flags, async (admin) => {
      if (flags.partitions !== undefined) await admin.createPartitions([{ topic: name, count: flags.partitions }], { validateOnly });
      if (sets.length > 0 || deletes.length > 0) {
        await admin.incrementalAlterConfigs(
          [{ type: 'topic', name, ops: [...sets.map(([k, v]) => ({ name: k, op: 'set' as const, value: v })), ...deletes.map((k) => ({ name: k, op: 'delete' as const }))] }],
          { validateOnly },
        );
      }
    });
    const changes = [
      ...(flags.partitions !== undefined ? [`partitions=${flags.partitions}`] : []),
      ...sets.map(([k, v]) => `${k}=${v}`),
      ...deletes.map((k) => `-${k}`),
    ];
    if (flags.json) io.stdout.write(toJson({ topic: name, partitions: flags.partitions ?? null, set: Object.fromEntries(sets), deleted: deletes, validateOnly }) + '\n');
    else io.stdout.write(`${validateOnly ? 'Validated' : 'Altered'} topic ${name}: ${changes.join(', ')}\n`);
  });

  addBootstrapOption(
    topics
      .command('delete')
      .description('delete a topic and its data')
      .argument('<name>', 'topic name')
      .option('--json', 'print the result as JSON'),
  ).action(async (name: string, flags: CommonFlags) => {
    await withAdmin(flags, (admin) => admin.deleteTopics([name]));
    io.stdout.write(flags.json ? toJson({ deleted: name }) + '\n' : `Deleted topic ${name}.\n`);
  });
}
