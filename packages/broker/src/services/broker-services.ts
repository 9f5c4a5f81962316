import type { Logger } from 'pino';
import type { BrokerConfig } from '../config.js';
import type { MetadataView, TopicAdmin } from './metadata.js';
import type { ReplicaManager } from './replica-manager.js';
import type { FetchWaiters } from './fetch-waiters.js';
import type { ProducerIdManager } from './producer-ids.js';
import type { RpcClient } from '../cluster/rpc.js';
import type { GroupCoordinator } from '../groups/coordinator.js';

/** Everything a handler may call: the broker's domain services, wired once at start. */
export interface BrokerServices {
  readonly config: BrokerConfig;
  readonly nodeId: number;
  readonly metadata: MetadataView;
  readonly admin: TopicAdmin;
  readonly replicas: ReplicaManager;
  readonly fetchWaiters: FetchWaiters;
  readonly producerIds: ProducerIdManager;
  /** The group coordinator (consumer groups and committed offsets, docs/groups.md). */
  readonly groups: GroupCoordinator;
  /** The API versions this broker serves (ApiVersions is built from the handler registry). */
  readonly apiVersions: ReadonlyArray<{ apiKey: number; minVersion: number; maxVersion: number }>;
  readonly log: Logger;
  /** The controller quorum, when this node is part of a cluster (absent when standalone). */
  readonly controllers?: RpcClient;
  nowMs(): number;
}
