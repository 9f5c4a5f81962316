#!/usr/bin/env node
// The whole test suite, exactly as CI runs it: type-check/build, lint, the generated-code
// freshness check, then every vitest test (unit, property, real-client end-to-end).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name, file) => join(root, 'node_modules', name, file);

function step(title, args) {
  console.error(`\n== ${title}`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
}

step('type-check tests', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.tests.json']);
step('lint', [bin('eslint', 'bin/eslint.js'), '.']);
const spec = join(root, '..', 'shared', 'kafka-spec');
if (existsSync(join(spec, 'clients'))) {
  step('generated protocol code is up to date', [join(root, 'packages/protocol/codegen/generate.mjs'), spec, '--check']);
} else {
  console.error('\n== skipped: generated-code check (no ../shared/kafka-spec here)');
}
step('docs/protocol-coverage.md is up to date', [join(root, 'scripts/protocol-coverage.mjs'), '--check']);
step('tests', [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)]);
