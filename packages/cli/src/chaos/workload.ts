import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The librdkafka producer driver (packages/cli/chaos/producer.py). */
const DRIVER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'chaos', 'producer.py');
export const PYTHON = '/usr/bin/python3';

export function workloadAvailable(): boolean {
  return spawnSync(PYTHON, ['-c', 'import confluent_kafka'], { timeout: 10_000 }).status === 0;
}

export interface Ack {
  readonly partition: number;
  /**
   * The acknowledged offset, or null when librdkafka acknowledged the message implicitly: a
   * retried request failed without a clear outcome (a transport error) and a later request of
   * the same producer succeeded, which proves the earlier one was written; librdkafka then
   * reports it delivered without an offset (rd_kafka_dr_implicit_ack).
   */
  readonly offset: number | null;
  readonly value: string;
  readonly atMs: number;
}

/**
 * One idempotent acks=all producer (librdkafka) writing keyed messages at a steady rate; it
 * records every acknowledgement and every failed delivery as the driver reports them.
 */
export class ProducerWorkload {
  readonly acks: Ack[] = [];
  readonly failures: Array<{ value: string; error: string; atMs: number }> = [];
  private child: ChildProcess | null = null;
  private exited: Promise<void> | null = null;
  sent = -1;

  constructor(
    readonly writer: string,
    private readonly bootstrap: string,
    private readonly topic: string,
    private readonly rate: number,
  ) {}

  start(): void {
    const child = spawn(PYTHON, [DRIVER, this.bootstrap, this.topic, this.writer, String(this.rate)], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    // librdkafka logs reconnects on stderr: drain it so the pipe never fills up.
    child.stderr!.on('data', () => undefined);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const event = JSON.parse(line) as { ack?: [number, number, string, number]; err?: [string, string, number]; done?: [number, number] };
        if (event.ack) this.acks.push({ partition: event.ack[0], offset: event.ack[1], value: event.ack[2], atMs: event.ack[3] });
        else if (event.err) this.failures.push({ value: event.err[0], error: event.err[1], atMs: event.err[2] });
        else if (event.done) this.sent = event.done[0];
      } catch {
        // not a report line
      }
    });
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
  }

  /** Stops producing and waits until every outstanding message was acknowledged or failed. */
  async stop(timeoutMs = 150_000): Promise<void> {
    const child = this.child;
    if (child === null) return;
    child.stdin!.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
