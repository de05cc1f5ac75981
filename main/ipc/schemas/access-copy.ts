// IPC shapes of the access copy (main/requests/access-copy.ts). Renderer-safe: zod only.
import { z } from 'zod';
import { Id } from './common';

/** Answers an open access (or portability) request; `locale` defaults to the person's country's. */
export const ExportAccessCopyInput = z
  .object({ requestId: Id, locale: z.enum(['da', 'nb', 'en']).optional() })
  .strict();

/**
 * 'exported': the file's own name (no name or ID in it) and the passphrase, to show once; never
 * the folder or path. Otherwise nothing was written: the folder dialog was cancelled, or the
 * folder picked cannot be written or is not a folder.
 */
export const AccessCopyExported = z.discriminatedUnion('outcome', [
  z
    .object({
      outcome: z.literal('exported'),
      fileName: z.string().min(1).max(255),
      passphrase: z.string().min(1).max(200),
    })
    .strict(),
  z.object({ outcome: z.enum(['cancelled', 'notWritable', 'notAFolder']) }).strict(),
]);
