import { createRequire } from 'node:module';
import { CodecUnavailableError } from '../errors.js';

/**
 * Native codec packages are loaded on first use, so a missing or broken native build only fails
 * the codec that needs it (with a clear error), never the import of @gregor/protocol.
 */
const require = createRequire(import.meta.url);

const loaded = new Map<string, unknown>();

export function loadNative<T>(specifier: string, why: string): T {
  const cached = loaded.get(specifier);
  if (cached !== undefined) return cached as T;
  let module: T;
  try {
    module = require(specifier) as T;
  } catch (error) {
    throw new CodecUnavailableError(
      `${why}: cannot load the package '${specifier}' (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  loaded.set(specifier, module);
  return module;
}
