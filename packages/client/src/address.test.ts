// Goal: bootstrap.servers strings parse as Kafka's Utils.getHost/getPort would. Method: examples.
import { describe, expect, it } from 'vitest';
import { formatAddress, parseBootstrapServers, parseBrokerAddress } from './address.js';

describe('bootstrap servers', () => {
  it('parses host:port lists, IPv6 in brackets and listener prefixes', () => {
    expect(parseBootstrapServers('127.0.0.1:9092, localhost:9093')).toEqual([
      { host: '127.0.0.1', port: 9092 },
      { host: 'localhost', port: 9093 },
    ]);
    expect(parseBrokerAddress('[::1]:1234')).toEqual({ host: '::1', port: 1234 });
    expect(parseBrokerAddress('PLAINTEXT://broker-1:9092')).toEqual({ host: 'broker-1', port: 9092 });
    expect(parseBootstrapServers(['a:1,b:2', 'c:3']).map((a) => a.host)).toEqual(['a', 'b', 'c']);
  });

  it('rejects addresses without a valid port and empty lists', () => {
    expect(() => parseBrokerAddress('localhost')).toThrow(/host:port/);
    expect(() => parseBrokerAddress('localhost:0')).toThrow(/port/);
    expect(() => parseBrokerAddress('localhost:70000')).toThrow(/port/);
    expect(() => parseBootstrapServers(' , ')).toThrow(/no bootstrap/);
  });

  it('formats IPv6 hosts in brackets', () => {
    expect(formatAddress('::1', 9092)).toBe('[::1]:9092');
    expect(formatAddress('h', 1)).toBe('h:1');
  });
});
