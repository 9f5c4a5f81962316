/**
 * Authorized-operations bitfields (KIP-430). Gregor has no ACLs yet, so every operation that
 * applies to a resource type is allowed; Kafka sends Integer.MIN_VALUE when not requested.
 * Bits are AclOperation codes: READ 3, WRITE 4, CREATE 5, DELETE 6, ALTER 7, DESCRIBE 8,
 * CLUSTER_ACTION 9, DESCRIBE_CONFIGS 10, ALTER_CONFIGS 11, IDEMPOTENT_WRITE 12,
 * CREATE_TOKENS 13, DESCRIBE_TOKENS 14.
 */
const bits = (...ops: number[]): number => ops.reduce((acc, op) => acc | (1 << op), 0);

export const UNREQUESTED_AUTHORIZED_OPERATIONS = -2147483648;
export const TOPIC_AUTHORIZED_OPERATIONS = bits(3, 4, 5, 6, 7, 8, 10, 11);
export const CLUSTER_AUTHORIZED_OPERATIONS = bits(5, 7, 8, 9, 10, 11, 12, 13, 14);
