/** An index file failed its sanity check; the segment's indexes are rebuilt from its log. */
export class CorruptIndexError extends Error {
  override name = 'CorruptIndexError';
}
