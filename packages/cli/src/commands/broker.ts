import {
  Broker,
  buildBrokerConfig,
  formatLogDir,
  newClusterId,
  propertiesFromEnv,
  readPropertiesFile,
  type BrokerConfig,
} from '@gregor/broker';
import type { Command } from 'commander';

/** Collects repeatable `--override key=value` flags. */
function collectOverride(value: string, previous: Map<string, string>): Map<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new Error(`--override expects key=value, got ${JSON.stringify(value)}`);
  previous.set(value.slice(0, eq).trim(), value.slice(eq + 1).trim());
  return previous;
}

interface ConfigFlags {
  config?: string;
  override: Map<string, string>;
  nodeId?: string;
  listeners?: string;
  logDirs?: string;
  logLevel?: string;
}

function addConfigFlags(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'server.properties-style config file')
    .option('--override <key=value>', 'set a config key (repeatable)', collectOverride, new Map<string, string>())
    .option('--node-id <id>', 'node.id')
    .option('--listeners <list>', 'listeners, e.g. PLAINTEXT://127.0.0.1:9092')
    .option('--log-dirs <dirs>', 'log.dirs')
    .option('--log-level <level>', 'log.level (fatal|error|warn|info|debug|trace|silent)');
}

/** Config precedence: file < GREGOR_* environment < --override < dedicated flags. */
export function loadBrokerConfig(flags: ConfigFlags): BrokerConfig {
  const file = flags.config !== undefined ? readPropertiesFile(flags.config) : new Map<string, string>();
  const dedicated = new Map<string, string>();
  if (flags.nodeId !== undefined) dedicated.set('node.id', flags.nodeId);
  if (flags.listeners !== undefined) dedicated.set('listeners', flags.listeners);
  if (flags.logDirs !== undefined) dedicated.set('log.dirs', flags.logDirs);
  if (flags.logLevel !== undefined) dedicated.set('log.level', flags.logLevel);
  return buildBrokerConfig(file, propertiesFromEnv(process.env), flags.override, dedicated);
}

/** Runs a broker until SIGINT/SIGTERM, then stops it cleanly (flush, clean-shutdown markers). */
export async function runBroker(config: BrokerConfig, banner: (broker: Broker) => void): Promise<void> {
  const broker = new Broker({ config });
  await broker.start();
  banner(broker);
  await new Promise<void>((resolveStop) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      broker.log.info({ signal }, 'shutting down');
      broker.stop().then(resolveStop, (err) => {
        broker.log.error({ err }, 'error during shutdown');
        resolveStop();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  // Everything is flushed and closed; a handle left open by accident must not keep the process.
  setTimeout(() => process.exit(process.exitCode ?? 0), 2000).unref();
}

/** host:port of each client listener as advertised (ports resolved when configured as 0). */
function bootstrapOf(broker: Broker): string {
  return broker.listeners
    .map((bound) => {
      const adv = broker.config.advertisedListeners.find((l) => l.name === bound.name);
      const host = adv === undefined || adv.host === '' || adv.host === '0.0.0.0' ? (bound.host === '0.0.0.0' ? '127.0.0.1' : bound.host) : adv.host;
      const port = adv === undefined || adv.port === 0 ? bound.port : adv.port;
      return `${host}:${port}`;
    })
    .join(',');
}

export function registerBrokerCommands(program: Command): void {
  const broker = program.command('broker').description('run a Gregor broker');
  addConfigFlags(broker.command('start').description('start a broker (Ctrl-C stops it cleanly)')).action(async (flags: ConfigFlags) => {
    const config = loadBrokerConfig(flags);
    await runBroker(config, (b) => {
      if (b.listeners.length === 0) {
        process.stdout.write(`Gregor controller ${config.nodeId} is running (quorum ${config.controllerQuorumVoters.map((v) => `${v.id}@${v.host}:${v.port}`).join(',')}).\n`);
      } else {
        process.stdout.write(`Gregor broker ${config.nodeId} is serving. Bootstrap servers: ${bootstrapOf(b)}\n`);
      }
    });
  });

  const storage = program.command('storage').description('log directory tools (like kafka-storage)');
  storage
    .command('random-uuid')
    .description('print a new cluster id')
    .action(() => {
      process.stdout.write(`${newClusterId()}\n`);
    });
  addConfigFlags(storage.command('format').description('write meta.properties into log.dirs for a cluster id'))
    .requiredOption('-t, --cluster-id <id>', 'cluster id (see `gregor storage random-uuid`)')
    .option('--json', 'print JSON')
    .action((flags: ConfigFlags & { clusterId: string; json?: boolean }) => {
      const config = loadBrokerConfig(flags);
      const results = config.logDirs.map((dir) => ({ dir, ...formatLogDir(dir, flags.clusterId, config.nodeId) }));
      if (flags.json) process.stdout.write(`${JSON.stringify(results)}\n`);
      else for (const r of results) process.stdout.write(`Formatted ${r.dir} for cluster ${r.clusterId}, node ${r.nodeId}\n`);
    });
}
