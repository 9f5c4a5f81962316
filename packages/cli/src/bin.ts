#!/usr/bin/env -S node --no-memory-reducer --initial-heap-size=64
// (the V8 flags of BROKER_NODE_FLAGS, src/node-flags.ts: a shebang cannot import them)
import { Command } from 'commander';
import { registerBenchCommands } from './commands/bench.js';
import { registerBrokerCommands } from './commands/broker.js';
import { registerChaosCommand } from './commands/chaos.js';
import { registerClusterCommands } from './commands/cluster.js';
import { registerConsumeCommand } from './commands/consume.js';
import { registerDevCommand } from './commands/dev.js';
import { registerGroupsCommands } from './commands/groups.js';
import { registerPartitionsCommands } from './commands/partitions.js';
import { registerProduceCommand } from './commands/produce.js';
import { registerTopicsCommands } from './commands/topics.js';

const program = new Command();
program
  .name('gregor')
  .description('Gregor: a Kafka-compatible event-streaming platform for Node.js')
  .version('0.1.0')
  .showHelpAfterError();

registerBrokerCommands(program);
registerDevCommand(program);
registerClusterCommands(program);
registerChaosCommand(program);
registerTopicsCommands(program);
registerGroupsCommands(program);
registerPartitionsCommands(program);
registerProduceCommand(program);
registerConsumeCommand(program);
registerBenchCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`gregor: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
