export { Broker, type BrokerOptions, type BoundListener } from './broker.js';
export {
  buildBrokerConfig,
  parseProperties,
  readPropertiesFile,
  propertiesFromEnv,
  parseListeners,
  brokerConfigKeys,
  parseOpsListener,
  type BrokerConfig,
  type Listener,
} from './config.js';
export { createLogger } from './logger.js';
export { formatLogDir, readMetaProperties, newClusterId } from './meta-properties.js';
export { topicConfigDefs, type ConfigDef } from '@gregor/controller';
export { brokerHandlers } from './handlers/registry.js';
export { readinessOf, type OpsNode, type Readiness } from './ops/ops-node.js';
export { NodeMetrics } from './ops/node-metrics.js';
export { OpsServer } from './ops/ops-server.js';
