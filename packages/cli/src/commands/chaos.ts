import type { Command } from 'commander';
import { FAULT_TYPES, type FaultType } from '../chaos/faults.js';
import { runChaos, summarize } from '../chaos/run.js';
import { workloadAvailable } from '../chaos/workload.js';
import { processIo, toJson, type CliIo } from './common.js';

/** "90s", "30m", "2h" or milliseconds. */
function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) throw new Error(`invalid duration ${JSON.stringify(text)} (e.g. 90s, 30m, 2h)`);
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!);
}

/**
 * `gregor chaos`: a real cluster of node processes with a fault-injecting proxy on every
 * node-to-node path, idempotent acks=all producers and a consumer group (librdkafka) as the
 * workload, a seeded fault
 * schedule, and a checker (see docs/chaos.md). Prints a summary, writes chaos-report.json.
 */
export function registerChaosCommand(program: Command, io: CliIo = processIo): void {
  program
    .command('chaos')
    .description('run the chaos/failover suite: faults under a verifying workload (see docs/chaos.md)')
    .option('--seed <n>', 'seed of the fault schedule', String(Date.now() % 1_000_000))
    .option('--duration <time>', 'how long to inject faults (soak profile), e.g. 30m', '5m')
    .option('--profile <name>', "'ci' (every fault type once), 'soak' (random faults for --duration), 'prove' (leader kills with paused followers)", 'soak')
    .option('--nodes <n>', 'cluster size', '3')
    .option('--rate <n>', 'messages per second per producer', '200')
    .option('--producers <n>', 'producer processes', '2')
    .option('--faults <types>', `comma-separated fault types to use (default all: ${FAULT_TYPES.join(',')})`)
    .option('--consumers <n>', 'members of the consumer group reading the topic (0: none)', '2')
    .option('--unsafe', 'run a deliberately broken build: acks=all answered before replication (to prove the checker)')
    .option('--data-dir <dir>', 'keep data, logs and chaos-report.json here')
    .option('--json', 'print the whole report as JSON')
    .action(async (flags: { seed: string; duration: string; profile: string; nodes: string; rate: string; producers: string; consumers: string; faults?: string; unsafe?: boolean; dataDir?: string; json?: boolean }) => {
      if (!workloadAvailable()) throw new Error('the chaos workload needs Python confluent-kafka (apt-get install -y python3-confluent-kafka)');
      if (!['ci', 'soak', 'prove'].includes(flags.profile)) throw new Error(`unknown profile ${flags.profile}`);
      const faultTypes = flags.faults?.split(',').map((t) => t.trim());
      const unknown = faultTypes?.filter((t) => !(FAULT_TYPES as readonly string[]).includes(t)) ?? [];
      if (unknown.length > 0 || faultTypes?.length === 0) throw new Error(`unknown fault types ${unknown.join(',')} (known: ${FAULT_TYPES.join(',')})`);
      const report = await runChaos({
        seed: Number(flags.seed),
        profile: flags.profile as 'ci' | 'soak' | 'prove',
        durationMs: parseDuration(flags.duration),
        nodes: Number(flags.nodes),
        rate: Number(flags.rate),
        producers: Number(flags.producers),
        consumers: Number(flags.consumers),
        ...(faultTypes !== undefined ? { faultTypes: faultTypes as FaultType[] } : {}),
        unsafe: flags.unsafe === true,
        ...(flags.dataDir !== undefined ? { dataDir: flags.dataDir, keepData: true } : {}),
        log: (line) => io.stderr.write(`${line}\n`),
      });
      io.stdout.write(flags.json ? `${toJson(report, 2)}\n` : summarize(report));
      if (!report.check.ok) process.exitCode = 1;
    });
}
