import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Broker } from '../../src/broker.js';
import { buildBrokerConfig } from '../../src/config.js';

/** An in-process broker on an ephemeral port with a temporary data dir (for protocol tests). */
export async function startInProcess(overrides: Record<string, string> = {}): Promise<{ broker: Broker; port: number; dataDir: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gregor-inproc-'));
  const config = buildBrokerConfig(
    new Map([
      ['listeners', 'PLAINTEXT://127.0.0.1:0'],
      ['log.dirs', dataDir],
      ['log.level', 'silent'],
      ...Object.entries(overrides),
    ]),
  );
  const broker = new Broker({ config });
  await broker.start();
  return {
    broker,
    port: broker.listeners[0]!.port,
    dataDir,
    stop: async () => {
      await broker.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
