/**
 * bootstrap.servers parsing: "host:port,host:port", IPv6 hosts in brackets ("[::1]:9092"), an
 * optional listener prefix ("PLAINTEXT://host:port") as Kafka's Utils.getHost accepts.
 */

export interface BrokerAddress {
  readonly host: string;
  readonly port: number;
}

export function parseBrokerAddress(text: string): BrokerAddress {
  const trimmed = text.trim().replace(/^[A-Za-z_]+:\/\//, '');
  const match = /^\[([^\]]+)\]:(\d+)$/.exec(trimmed) ?? /^([^:]+):(\d+)$/.exec(trimmed);
  if (match === null) throw new Error(`invalid broker address "${text}": expected host:port`);
  const port = Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`invalid port in broker address "${text}"`);
  return { host: match[1]!, port };
}

export function parseBootstrapServers(servers: string | readonly string[]): BrokerAddress[] {
  const list = (typeof servers === 'string' ? servers.split(',') : servers.flatMap((s) => s.split(',')))
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (list.length === 0) throw new Error('no bootstrap servers given');
  return list.map(parseBrokerAddress);
}

export function formatAddress(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
