#!/usr/bin/env node
// The image's HEALTHCHECK (and a probe for scripts): GET a path of this node's ops endpoint
// (default /readyz; /healthz for liveness) and exit 0 on a 2xx answer, 1 otherwise. The address
// is ops.listener as the broker sees it: GREGOR_OPS_LISTENER, else the config file the
// entrypoint uses; a wildcard host is probed on loopback.
import { existsSync, readFileSync } from 'node:fs';

const path = process.argv[2] ?? '/readyz';
const appDir = process.env.APP_DIR ?? '/opt/gregor';

function fromFile(file) {
  if (!existsSync(file)) return undefined;
  let found;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*ops\.listener\s*[=:]\s*(.*?)\s*$/.exec(line);
    if (m) found = m[1];
  }
  return found;
}

const configFile = process.env.CONFIG_FILE ?? (existsSync('/etc/gregor/server.properties') ? '/etc/gregor/server.properties' : `${appDir}/deploy/docker/container.properties`);
const listener = process.env.GREGOR_OPS_LISTENER ?? fromFile(configFile);
if (!listener) {
  console.error(`healthcheck: ops.listener is not set (GREGOR_OPS_LISTENER or ${configFile})`);
  process.exit(1);
}
const m = /^http:\/\/(\[[^\]]*\]|[^:/]*):(\d+)\/?$/.exec(listener.trim());
if (!m) {
  console.error(`healthcheck: cannot read ops.listener ${JSON.stringify(listener)}`);
  process.exit(1);
}
const host = m[1] === '' || m[1] === '0.0.0.0' ? '127.0.0.1' : m[1] === '[::]' ? '[::1]' : m[1];
try {
  const res = await fetch(`http://${host}:${m[2]}${path}`, { signal: AbortSignal.timeout(3000) });
  const body = await res.text();
  process.stdout.write(body.endsWith('\n') ? body : `${body}\n`);
  process.exit(res.ok ? 0 : 1);
} catch (err) {
  console.error(`healthcheck: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
