#!/usr/bin/env node
import { Command } from 'commander';
import { registerBrokerCommands } from './commands/broker.js';

const program = new Command();
program
  .name('gregor')
  .description('Gregor: a Kafka-compatible event-streaming platform for Node.js')
  .version('0.1.0')
  .showHelpAfterError();

registerBrokerCommands(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`gregor: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
