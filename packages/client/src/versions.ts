import { apiSpec, type ApiVersionsResponseApiVersion } from '@gregor/protocol';

/**
 * API version negotiation (KIP-35): after ApiVersions, each API is spoken at the highest version
 * both the broker and this client support. Pure.
 */

/** The versions this client can speak for an API: every stable version its codecs cover. */
export function clientVersionRange(apiKey: number): { min: number; max: number } | null {
  const spec = apiSpec(apiKey);
  if (spec === undefined) return null;
  // An unstable latest version may still change in Kafka; brokers do not advertise it either.
  const max = spec.latestVersionUnstable ? spec.maxVersion - 1 : spec.maxVersion;
  return max < spec.minVersion ? null : { min: spec.minVersion, max };
}

/** For each API the broker advertises and we know: the highest common version. */
export function negotiateVersions(brokerApis: readonly ApiVersionsResponseApiVersion[]): Map<number, number> {
  const versions = new Map<number, number>();
  for (const api of brokerApis) {
    const ours = clientVersionRange(api.apiKey);
    if (ours === null) continue;
    const max = Math.min(ours.max, api.maxVersion);
    if (max >= Math.max(ours.min, api.minVersion)) versions.set(api.apiKey, max);
  }
  return versions;
}
