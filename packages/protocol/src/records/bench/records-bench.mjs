// Micro-benchmark of the record-batch layer against the built package (run `npx tsc -b` first):
//   node packages/protocol/src/records/bench/records-bench.mjs
// Prints throughput figures; asserts nothing. Inputs are fixed, so runs are comparable.
import { performance } from 'node:perf_hooks';
import { crc32c, decodeRecordBatch, encodeRecordBatch, validateProducedBatches } from '../../../dist/index.js';

function measure(label, bytesPerOp, fn, budgetMs = 400) {
  for (let i = 0; i < 5; i++) fn(); // warm-up
  let ops = 0;
  const start = performance.now();
  let now = start;
  while (now - start < budgetMs) {
    fn();
    ops++;
    now = performance.now();
  }
  const seconds = (now - start) / 1000;
  const mib = (bytesPerOp * ops) / seconds / (1024 * 1024);
  console.log(`${label.padEnd(44)} ${(ops / seconds).toFixed(0).padStart(9)} ops/s ${mib.toFixed(0).padStart(7)} MiB/s`);
}

/** JSON-like values: a fixed shape with per-record numbers and a pseudo-random token. */
function records(count, valueBytes) {
  let seed = 12345;
  const token = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed.toString(36);
  };
  return Array.from({ length: count }, (_, i) => {
    let text = '';
    while (text.length < valueBytes) text += `{"id":${i},"user":"u${token()}","amount":${(seed % 100000) / 100},"tags":["a","${token()}"]}`;
    return {
      timestamp: 1_700_000_000_000 + i,
      key: Buffer.from(`key-${i}`),
      value: Buffer.from(text.slice(0, valueBytes)),
      headers: [{ key: 'trace', value: Buffer.from(token()) }],
    };
  });
}

const oneMiB = Buffer.alloc(1 << 20, 0x5a);
measure('crc32c 1 MiB', oneMiB.length, () => crc32c(oneMiB));

const small = records(100, 100); // ~16 KiB: a typical producer batch (batch.size 16384)
const large = records(1000, 1000); // ~1 MiB: max.message.bytes
for (const [name, compression] of [['none', 0], ['gzip', 1], ['snappy', 2], ['lz4', 3], ['zstd', 4]]) {
  const plainBytes = encodeRecordBatch({ records: large }).length;
  const batch = encodeRecordBatch({ records: large, compression });
  measure(`encode 1000 x 1 KiB records, ${name}`, plainBytes, () => encodeRecordBatch({ records: large, compression }));
  measure(`decode 1000 x 1 KiB records, ${name} (${batch.length} B)`, plainBytes, () => decodeRecordBatch(batch));
}
const smallBatch = encodeRecordBatch({ records: small, compression: 3 });
const largeBatch = encodeRecordBatch({ records: large });
measure(`validate produce, 16 KiB-class batch (${smallBatch.length} B lz4)`, smallBatch.length, () =>
  validateProducedBatches(smallBatch, { maxMessageBytes: 1_048_588, produceVersion: 9 }),
);
measure(`validate produce, ${largeBatch.length} B uncompressed`, largeBatch.length, () =>
  validateProducedBatches(largeBatch, { maxMessageBytes: 2_000_000, produceVersion: 9 }),
);
