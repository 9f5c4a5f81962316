export { loadBrokerConfig, runBroker } from './commands/broker.js';
export { DevCluster, startDevCluster, type DevClusterOptions } from './commands/dev.js';
export { BROKER_NODE_FLAGS } from './node-flags.js';
