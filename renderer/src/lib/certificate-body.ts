// Reads a deletion record's body, which crosses IPC as an open record, into the fields the screens show.
import type { z } from 'zod';
import { CertificateBody as CertificateBodySchema } from '@core/retention/certificate-body';

// The same schema the main process hashes and verifies, so every field it keeps reaches the screen.
const Body = CertificateBodySchema;
export type CertificateBody = z.infer<typeof Body>;

/** The body, or null for a record written by a newer version (shown as unreadable, never crashing). */
export function readCertificateBody(body: unknown): CertificateBody | null {
  const parsed = Body.safeParse(body);
  return parsed.success ? parsed.data : null;
}

/** Everything deleted except the people themselves, for a one-line summary. */
export function deletedItems(body: CertificateBody): number {
  return Object.entries(body.counts)
    .filter(([category]) => category !== 'participant')
    .reduce((sum, [, n]) => sum + n, 0);
}
