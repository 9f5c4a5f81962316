import { pino, type Logger } from 'pino';

/**
 * Structured logs (pino, JSON lines to stderr). Quiet at info: one line per significant event
 * (start, listen, topic created/deleted, recovery, errors), nothing per request.
 */
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { ...bindings }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination(2));
}
