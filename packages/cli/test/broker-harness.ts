import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker, buildBrokerConfig } from '@gregor/broker';

/** A single-node broker started in-process on 127.0.0.1 with its log in a fresh temp dir. */
export interface RunningBroker {
  readonly broker: Broker;
  readonly bootstrap: string;
  stop(): Promise<void>;
}

export async function startBroker(overrides: Record<string, string> = {}): Promise<RunningBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'gregor-client-test-'));
  const config = buildBrokerConfig(
    new Map([
      ['listeners', 'PLAINTEXT://127.0.0.1:0'],
      ['log.dirs', dir],
      ['log.level', 'silent'],
      ...Object.entries(overrides),
    ]),
  );
  const broker = new Broker({ config });
  try {
    await broker.start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    broker,
    bootstrap: `127.0.0.1:${broker.listeners[0]!.port}`,
    async stop() {
      try {
        await broker.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
