// Goal: broker configuration follows Kafka's keys and precedence (file < environment <
// overrides), parses listeners, maps GREGOR_* variables like Kafka's Docker image, and rejects
// invalid values with a message naming the key. Method: direct calls with small inputs.
import { describe, expect, it } from 'vitest';
import { buildBrokerConfig, parseListeners, parseProperties, propertiesFromEnv } from './config.js';

describe('broker config', () => {
  it('parses server.properties syntax with comments', () => {
    const props = parseProperties('# comment\n! also\nnode.id=3\nlisteners = PLAINTEXT://0.0.0.0:9093\n\nlog.dirs:/var/data\n');
    expect([...props]).toEqual([
      ['node.id', '3'],
      ['listeners', 'PLAINTEXT://0.0.0.0:9093'],
      ['log.dirs', '/var/data'],
    ]);
  });

  it('maps GREGOR_* environment variables to config keys', () => {
    const env = propertiesFromEnv({ GREGOR_LOG_DIRS: '/d', GREGOR_NODE_ID: '2', GREGOR_SOME__UNDERSCORE: 'x', GREGOR_A___B: 'y', PATH: '/bin' });
    expect(Object.fromEntries(env)).toEqual({ 'log.dirs': '/d', 'node.id': '2', some_underscore: 'x', 'a-b': 'y' });
  });

  it('lets later sources win and fills topic defaults from broker synonyms', () => {
    const config = buildBrokerConfig(
      new Map([['log.retention.hours', '1'], ['num.partitions', '3']]),
      new Map([['num.partitions', '5'], ['log.segment.bytes', '1048576']]),
    );
    expect(config.numPartitions).toBe(5);
    expect(config.topicDefaults.get('retention.ms')).toBe(3_600_000);
    expect(config.topicDefaults.get('segment.bytes')).toBe(1_048_576);
    expect(config.topicDefaults.get('cleanup.policy')).toBe('delete');
    expect(config.advertisedListeners).toEqual(config.listeners);
  });

  it('parses listeners and rejects malformed ones', () => {
    expect(parseListeners('PLAINTEXT://127.0.0.1:9092,INTERNAL://[::1]:19092')).toEqual([
      { name: 'PLAINTEXT', host: '127.0.0.1', port: 9092 },
      { name: 'INTERNAL', host: '::1', port: 19092 },
    ]);
    expect(() => parseListeners('localhost:9092')).toThrow(/invalid listener/);
  });

  it('rejects invalid values naming the key', () => {
    expect(() => buildBrokerConfig(new Map([['num.partitions', 'many']]))).toThrow(/num.partitions/);
    expect(() => buildBrokerConfig(new Map([['log.retention.ms', '-5']]))).toThrow(/retention/);
    expect(() => buildBrokerConfig(new Map([['log.level', 'loud']]))).toThrow(/log.level/);
  });
});
