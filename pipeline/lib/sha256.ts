// The one content hash of the project: raw files' checksums in the manifest, and every staleness key.
import { createHash } from 'node:crypto';

/** The sha256 of a file's bytes (or a text's UTF-8), as the manifest writes it: 64 hex digits. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
