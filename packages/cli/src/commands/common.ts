import { Option, type Command } from 'commander';

/**
 * What the data commands (topics, produce, consume, bench) share: the --bootstrap-server and
 * --json flags, the streams they read and write (injectable, so tests run commands in-process),
 * repeatable key=value parsing and plain-text tables.
 */

export const BOOTSTRAP_SERVER_DEFAULT = '127.0.0.1:9092';

export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly stdin: NodeJS.ReadableStream;
  /** Where commands that run until interrupted hook SIGINT/SIGTERM; tests pass a stub. */
  readonly onInterrupt: (handler: () => void) => () => void;
}

export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  onInterrupt(handler) {
    process.once('SIGINT', handler);
    process.once('SIGTERM', handler);
    return () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    };
  },
};

export interface CommonFlags {
  bootstrapServer: string;
  json?: boolean;
}

/** Adds --bootstrap-server (env GREGOR_BOOTSTRAP_SERVER) to a command. */
export function addBootstrapOption(cmd: Command): Command {
  return cmd.addOption(
    new Option('--bootstrap-server <host:port>', 'broker(s) to bootstrap from, comma-separated')
      .env('GREGOR_BOOTSTRAP_SERVER')
      .default(BOOTSTRAP_SERVER_DEFAULT),
  );
}

/** Collects a repeatable `--flag key=value` into a Map. */
export function collectKeyValue(flag: string) {
  return (value: string, previous: Map<string, string> | undefined): Map<string, string> => {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new Error(`${flag} expects key=value, got ${JSON.stringify(value)}`);
    const map = previous ?? new Map<string, string>();
    map.set(value.slice(0, eq), value.slice(eq + 1));
    return map;
  };
}

/** Collects a repeatable flag into a list. */
export function collectList(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Parses an integer flag, with bounds. */
export function parseInteger(flag: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      throw new Error(`${flag} expects an integer${min > Number.MIN_SAFE_INTEGER ? ` >= ${min}` : ''}${max < Number.MAX_SAFE_INTEGER ? ` <= ${max}` : ''}, got ${JSON.stringify(value)}`);
    }
    return n;
  };
}

/** Parses --acks: 0, 1, -1 or all. */
export function parseAcks(value: string): 0 | 1 | -1 {
  if (value === 'all' || value === '-1') return -1;
  if (value === '0') return 0;
  if (value === '1') return 1;
  throw new Error(`--acks expects 0, 1, -1 or all, got ${JSON.stringify(value)}`);
}

export const COMPRESSION_CHOICES = ['none', 'gzip', 'snappy', 'lz4', 'zstd'] as const;

/** Left-aligned columns separated by two spaces, with a header row. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), ...rows.map(line)].join('\n') + '\n';
}

/** JSON with bigints as numbers when safe, else strings; Buffers never reach here. */
export function toJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, v: unknown) => (typeof v === 'bigint' ? (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(v) : v.toString()) : v),
    indent,
  );
}
