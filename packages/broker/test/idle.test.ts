// Goal: connections.max.idle.ms closes connections that send nothing for that long, and a
// connection that keeps talking stays open. Method: an in-process broker with a 600 ms limit.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { RawClient } from './support/raw-client.js';
import { startInProcess } from './support/in-process.js';

let server: Awaited<ReturnType<typeof startInProcess>>;
beforeAll(async () => {
  server = await startInProcess({ 'connections.max.idle.ms': '600' });
});
afterAll(async () => {
  await server?.stop();
});

it('closes an idle connection after connections.max.idle.ms and keeps a busy one', async () => {
  const idle = await RawClient.connect(server.port);
  const busy = await RawClient.connect(server.port);
  const started = Date.now();
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const r = await busy.request(18, 3, { clientSoftwareName: 'busy', clientSoftwareVersion: '1' });
    expect(r.errorCode).toBe(0);
  }
  expect(idle.closed).toBe(true);
  expect(busy.closed).toBe(false);
  expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  busy.close();
});
