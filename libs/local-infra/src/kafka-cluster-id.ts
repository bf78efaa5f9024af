import { randomBytes } from 'node:crypto';

/**
 * The same format as `kafka-storage random-uuid` (16 random bytes, URL-safe base64, no padding),
 * generated here to save one JVM start-up on every fresh data dir. Kafka rejects ids that start
 * with '-' because they read as command-line flags.
 */
export function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}
