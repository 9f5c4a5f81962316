import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Drives one `scripts/node.mjs` process through its JSON-lines control channel. */
export class NodeProcess {
  private child: ChildProcess | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  readonly events: Record<string, unknown>[] = [];
  stderr = '';

  constructor(
    readonly id: number,
    private readonly args: string[],
  ) {}

  static script(): string {
    return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'scripts', 'node.mjs');
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get isRunning(): boolean {
    return this.child !== null;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [NodeProcess.script(), ...this.args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    child.stderr!.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    const started = new Promise<void>((resolve, reject) => {
      const rl = createInterface({ input: child.stdout! });
      rl.on('line', (line) => {
        let msg: Record<string, unknown>;
        try {
          msg = JSON.parse(line) as Record<string, unknown>;
        } catch {
          return;
        }
        if (typeof msg['id'] === 'number') {
          const w = this.waiting.get(msg['id']);
          this.waiting.delete(msg['id']);
          w?.resolve(msg);
        } else {
          this.events.push(msg);
          if (msg['event'] === 'started') resolve();
        }
      });
      child.on('exit', (code, signal) => {
        this.child = null;
        const err = new Error(`node ${this.id} exited (${code ?? signal}): ${this.stderr.slice(-2000)}`);
        for (const w of this.waiting.values()) w.reject(err);
        this.waiting.clear();
        reject(err);
      });
    });
    await started;
  }

  request(cmd: Record<string, unknown>): Promise<Record<string, unknown>> {
    const child = this.child;
    if (child === null) return Promise.reject(new Error(`node ${this.id} is not running`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      child.stdin!.write(`${JSON.stringify({ ...cmd, id })}\n`);
    });
  }

  /** kill -9: no flush, no clean shutdown. */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }
}
