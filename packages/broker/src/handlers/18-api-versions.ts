import { ErrorCode } from '@gregor/protocol';
import { defineHandler } from './handler.js';

/**
 * ApiVersions (KIP-35, KIP-511): the versions this broker serves, built from the handler
 * registry so we never advertise an API we do not answer. A request of an unknown version is
 * answered by the connection with a v0 response carrying UNSUPPORTED_VERSION (see connection.ts).
 */
export const apiVersionsHandler = defineHandler({
  apiKey: 18,
  minVersion: 0,
  maxVersion: 4,
  handle(request, ctx) {
    const invalidSoftware = (s: string) => s.length > 0 && !/^[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?$/.test(s);
    if (ctx.apiVersion >= 3 && (invalidSoftware(request.clientSoftwareName) || invalidSoftware(request.clientSoftwareVersion))) {
      return { errorCode: ErrorCode.INVALID_REQUEST, apiKeys: [], throttleTimeMs: 0 };
    }
    return {
      errorCode: ErrorCode.NONE,
      apiKeys: ctx.services.apiVersions.map((v) => ({ ...v })),
      throttleTimeMs: 0,
      // No feature flags are finalized yet; the controller issue adds metadata.version.
      supportedFeatures: [],
      finalizedFeaturesEpoch: -1n,
      finalizedFeatures: [],
    };
  },
});
