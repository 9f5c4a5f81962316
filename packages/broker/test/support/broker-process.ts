import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Starts a real Gregor broker as a separate process (the built CLI, `gregor broker start`) on
 * an ephemeral 127.0.0.1 port with a fresh data directory, the way users run it. The caller
 * must `stop()` it (afterAll); stop kills the process even if it hangs and removes the data.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
export const CLI = join(root, 'packages', 'cli', 'dist', 'bin.js');

export interface BrokerProcess {
  readonly bootstrap: string;
  readonly host: string;
  readonly port: number;
  readonly dataDir: string;
  readonly process: ChildProcess;
  /** stderr so far (pino JSON lines), for diagnosing failures. */
  logs(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startBroker(overrides: Record<string, string> = {}, opts: { dataDir?: string; keepData?: boolean } = {}): Promise<BrokerProcess> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm test does, or npx tsc -b)`);
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'gregor-test-'));
  const args = [CLI, 'broker', 'start', '--log-dirs', dataDir, '--listeners', overrides['listeners'] ?? 'PLAINTEXT://127.0.0.1:0', '--log-level', overrides['log.level'] ?? 'info'];
  for (const [k, v] of Object.entries(overrides)) {
    if (k !== 'listeners' && k !== 'log.level') args.push('--override', `${k}=${v}`);
  }
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr += d.toString();
    if (stderr.length > 1_000_000) stderr = stderr.slice(-500_000);
  });
  const bootstrap = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`broker did not start within 20 s; stderr:\n${stderr}`)), 20_000);
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /Bootstrap servers: (\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`broker exited with ${code} before serving; stderr:\n${stderr}`));
    });
  });
  const [host, port] = bootstrap.split(',')[0]!.split(':');
  let exited: Promise<number | null> = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    bootstrap,
    host: host!,
    port: Number(port),
    dataDir,
    process: child,
    logs: () => stderr,
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        const code = await exited;
        clearTimeout(timer);
        exited = Promise.resolve(code);
      }
      if (!opts.keepData) rmSync(dataDir, { recursive: true, force: true });
      return exited;
    },
  };
}
