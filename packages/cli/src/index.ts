export { loadBrokerConfig, runBroker } from './commands/broker.js';
