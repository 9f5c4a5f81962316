// Goal: every broker launcher runs node with BROKER_NODE_FLAGS (packages/cli/src/node-flags.ts),
// including the two that cannot import the constant: the bin's shebang and the Docker entrypoint.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BROKER_NODE_FLAGS } from '../src/node-flags.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const flags = BROKER_NODE_FLAGS.join(' ');

describe('BROKER_NODE_FLAGS', () => {
  it('are on the gregor bin shebang', () => {
    const firstLine = readFileSync(join(root, 'packages/cli/src/bin.ts'), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`#!/usr/bin/env -S node ${flags}`);
  });

  it('are on the Docker entrypoint command that starts a broker', () => {
    const script = readFileSync(join(root, 'deploy/docker/entrypoint.sh'), 'utf8');
    expect(script).toContain(`exec node ${flags} "$CLI" broker start`);
  });

  it('are accepted by this node', async () => {
    const { execFileSync } = await import('node:child_process');
    expect(execFileSync(process.execPath, [...BROKER_NODE_FLAGS, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' })).toBe('ok');
  });
});
