import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { uuidFromRandom } from '@gregor/protocol';
import { parseProperties } from './config.js';
import { writeFileAtomic } from './services/local-controller.js';

/**
 * meta.properties in a log directory, as Kafka's `kafka-storage format` writes it: the cluster
 * id and node id this directory belongs to, so a directory is never mixed into another cluster
 * or node by mistake.
 */
export interface MetaProperties {
  readonly clusterId: string;
  readonly nodeId: number;
  readonly directoryId: string;
}

export function newClusterId(): string {
  return uuidFromRandom(randomBytes(16));
}

export function readMetaProperties(logDir: string): MetaProperties | null {
  const path = join(logDir, 'meta.properties');
  if (!existsSync(path)) return null;
  const props = parseProperties(readFileSync(path, 'utf8'));
  const clusterId = props.get('cluster.id');
  const nodeId = props.get('node.id');
  if (clusterId === undefined || nodeId === undefined) throw new Error(`${path} lacks cluster.id or node.id`);
  return { clusterId, nodeId: Number(nodeId), directoryId: props.get('directory.id') ?? '' };
}

/** Writes meta.properties (refusing to overwrite a different cluster's or node's directory). */
export function formatLogDir(logDir: string, clusterId: string, nodeId: number): MetaProperties {
  const existing = readMetaProperties(logDir);
  if (existing !== null) {
    if (existing.clusterId !== clusterId || existing.nodeId !== nodeId) {
      throw new Error(
        `${logDir} is already formatted for cluster ${existing.clusterId} node ${existing.nodeId}; refusing to format it for cluster ${clusterId} node ${nodeId}`,
      );
    }
    return existing;
  }
  mkdirSync(logDir, { recursive: true });
  const meta: MetaProperties = { clusterId, nodeId, directoryId: uuidFromRandom(randomBytes(16)) };
  const text = `#\n#${new Date().toISOString()}\ncluster.id=${meta.clusterId}\ndirectory.id=${meta.directoryId}\nnode.id=${meta.nodeId}\nversion=1\n`;
  writeFileAtomic(join(logDir, 'meta.properties'), Buffer.from(text));
  return meta;
}
