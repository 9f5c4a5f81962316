/**
 * Wire constants the group handlers share. Authorized operations (KIP-430): Gregor has no ACLs,
 * so every operation on a group is allowed: READ 3, DELETE 6, DESCRIBE 8 (Kafka's AclOperation
 * codes); Integer.MIN_VALUE when the client did not ask.
 */
export const GROUP_AUTHORIZED_OPERATIONS = (1 << 3) | (1 << 6) | (1 << 8);
export const UNREQUESTED_OPERATIONS = -2147483648;

/**
 * A member's client host as Kafka shows it (InetAddress.toString: "/127.0.0.1"), from the
 * connection's "address:port".
 */
export function clientHostOf(remoteAddress: string): string {
  const colon = remoteAddress.lastIndexOf(':');
  const host = colon > 0 ? remoteAddress.slice(0, colon) : remoteAddress;
  return `/${host.replace(/^::ffff:/, '')}`;
}
