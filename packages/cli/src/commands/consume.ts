import { Consumer, type ConsumerRecord, type StartPosition } from '@gregor/client';
import type { Command } from 'commander';
import { addBootstrapOption, parseInteger, processIo, toJson, type CliIo, type CommonFlags } from './common.js';

/**
 * `gregor consume <topic>`: the console consumer (no group). Prints each record's value, or
 * more with the --print-* flags in the layout of Kafka's DefaultMessageFormatter, or JSON lines
 * with --json. Starts at the end unless told otherwise; stops after --max-messages, after
 * --timeout-ms without a record, or on SIGINT.
 */

interface ConsumeFlags extends CommonFlags {
  fromBeginning?: boolean;
  offset?: number;
  partition?: number;
  maxMessages?: number;
  timeoutMs?: number;
  printKey?: boolean;
  printHeaders?: boolean;
  printTimestamp?: boolean;
  printPartition?: boolean;
  printOffset?: boolean;
  keySeparator: string;
}

const text = (b: Buffer | null): string => (b === null ? 'null' : b.toString('utf8'));

/** A record as one line of text, fields in Kafka's console consumer order. */
export function formatRecordLine(r: ConsumerRecord, flags: Omit<ConsumeFlags, 'bootstrapServer'>): string {
  const sep = flags.keySeparator;
  let line = '';
  if (flags.printTimestamp) line += `CreateTime:${r.timestamp}${sep}`;
  if (flags.printPartition) line += `Partition:${r.partition}${sep}`;
  if (flags.printOffset) line += `Offset:${r.offset}${sep}`;
  if (flags.printHeaders) line += (r.headers.length === 0 ? 'NO_HEADERS' : r.headers.map((h) => `${h.key}:${text(h.value)}`).join(',')) + sep;
  if (flags.printKey) line += text(r.key) + sep;
  return line + text(r.value) + '\n';
}

/** A record as a JSON line; key, value and header values as UTF-8 text (null stays null). */
export function formatRecordJson(r: ConsumerRecord): string {
  return (
    toJson({
      topic: r.topic,
      partition: r.partition,
      offset: r.offset,
      timestamp: r.timestamp,
      key: r.key === null ? null : r.key.toString('utf8'),
      value: r.value === null ? null : r.value.toString('utf8'),
      headers: r.headers.map((h) => ({ key: h.key, value: h.value === null ? null : h.value.toString('utf8') })),
    }) + '\n'
  );
}

export function registerConsumeCommand(program: Command, io: CliIo = processIo): void {
  addBootstrapOption(
    program
      .command('consume')
      .description('print records of a topic (all partitions, or one)')
      .argument('<topic>', 'topic to read')
      .option('--from-beginning', 'start at the earliest offset instead of the end')
      .option('--offset <n>', 'start at this offset (of --partition, or of every partition)', parseInteger('--offset', 0))
      .option('--partition <p>', 'read only this partition', parseInteger('--partition', 0))
      .option('--max-messages <n>', 'exit after this many records', parseInteger('--max-messages', 1))
      .option('--timeout-ms <ms>', 'exit after this long without a record', parseInteger('--timeout-ms', 1))
      .option('--print-key', 'print the key before the value')
      .option('--print-headers', 'print headers (k:v,k:v) before the key')
      .option('--print-timestamp', 'print CreateTime:<ms> first')
      .option('--print-partition', 'print Partition:<p>')
      .option('--print-offset', 'print Offset:<n>')
      .option('--key-separator <sep>', 'separator between printed fields', '\t')
      .option('--json', 'print JSON lines {topic,partition,offset,timestamp,key,value,headers}'),
  ).action(async (topic: string, flags: ConsumeFlags) => {
    const from: StartPosition = flags.offset !== undefined ? { offset: flags.offset } : flags.fromBeginning ? 'earliest' : 'latest';
    const consumer = new Consumer({
      bootstrapServers: flags.bootstrapServer,
      clientId: 'gregor-console-consumer',
      autoOffsetReset: flags.fromBeginning ? 'earliest' : 'latest',
      maxWaitMs: 500,
    });
    const stopOnSignal = io.onInterrupt(() => void consumer.stop());
    // `gregor consume t | head`: a closed pipe ends the read instead of crashing the process.
    let isPipeClosed = false;
    const onStdoutError = (error: NodeJS.ErrnoException): void => {
      if (error.code !== 'EPIPE') throw error;
      isPipeClosed = true;
      void consumer.stop();
    };
    if (io.stdout === process.stdout) process.stdout.on('error', onStdoutError);
    let count = 0;
    try {
      await consumer.assignTopic(topic, from, flags.partition === undefined ? undefined : [flags.partition]);
      const max = flags.maxMessages ?? Infinity;
      while (count < max) {
        const batch = await consumer.nextBatch(flags.timeoutMs);
        if (batch === null) break;
        let out = '';
        for (const r of batch.records) {
          if (count >= max) break;
          const record: ConsumerRecord = { topic: batch.topic, partition: batch.partition, offset: r.offset, timestamp: r.timestamp, key: r.key, value: r.value, headers: r.headers };
          out += flags.json ? formatRecordJson(record) : formatRecordLine(record, flags);
          count++;
        }
        io.stdout.write(out);
      }
    } finally {
      stopOnSignal();
      if (io.stdout === process.stdout) process.stdout.off('error', onStdoutError);
      await consumer.close();
    }
    if (!flags.json && !isPipeClosed) io.stderr.write(`Processed a total of ${count} messages\n`);
  });
}
