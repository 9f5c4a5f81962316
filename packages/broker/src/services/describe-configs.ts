import { ConfigSource, ConfigType, formatConfigValue, topicConfigDefs } from '@gregor/controller';
import type { BrokerConfig } from '../config.js';
import { describeBrokerConfig } from '../config.js';

/** One described config, in the shape shared by DescribeConfigs and CreateTopics (v5+). */
export interface DescribedConfig {
  name: string;
  value: string | null;
  readOnly: boolean;
  isDefault: boolean;
  configSource: number;
  isSensitive: boolean;
  synonyms: Array<{ name: string; value: string | null; source: number }>;
  configType: number;
  documentation: string | null;
}

/**
 * A topic's configs as Kafka describes them: the dynamic override if set, else the broker's
 * static setting of the synonym, else the default; synonyms list those in precedence order
 * (KIP-226).
 */
export function describeTopicConfigs(overrides: Readonly<Record<string, string>>, broker: BrokerConfig): DescribedConfig[] {
  return topicConfigDefs.map((def) => {
    const synonyms: DescribedConfig['synonyms'] = [];
    const override = overrides[def.name];
    if (override !== undefined) synonyms.push({ name: def.name, value: override, source: ConfigSource.dynamicTopic });
    const brokerValue = def.brokerSynonym !== undefined ? broker.raw.get(def.brokerSynonym) : undefined;
    if (brokerValue !== undefined) synonyms.push({ name: def.brokerSynonym!, value: brokerValue, source: ConfigSource.staticBroker });
    synonyms.push({ name: def.brokerSynonym ?? def.name, value: formatConfigValue(def.defaultValue), source: ConfigSource.default });
    const top = synonyms[0]!;
    return {
      name: def.name,
      value: top.value,
      readOnly: false,
      isDefault: top.source === ConfigSource.default,
      configSource: top.source,
      isSensitive: def.sensitive === true,
      synonyms,
      configType: ConfigType[def.type],
      documentation: def.doc,
    };
  });
}

export function describeBrokerConfigs(broker: BrokerConfig): DescribedConfig[] {
  return describeBrokerConfig(broker).map(({ name, value, isDefault, def }) => {
    const source = isDefault ? ConfigSource.default : ConfigSource.staticBroker;
    return {
      name,
      value: def.sensitive === true ? null : value,
      // Dynamic broker configs are not supported yet: every broker config is read-only.
      readOnly: true,
      isDefault,
      configSource: source,
      isSensitive: def.sensitive === true,
      synonyms: [{ name, value, source }],
      configType: ConfigType[def.type],
      documentation: def.doc,
    };
  });
}
