/** Evidence files kept inside the workspace, owned by an audit, a PDCA log entry, an action or a mystery visit. */
import { z } from 'zod';
import { Id } from './tickets.ts';

export const ATTACHMENT_OWNERS = ['audit', 'pdca_log', 'action', 'mystery_visit'] as const;
export type AttachmentOwnerKind = (typeof ATTACHMENT_OWNERS)[number];

/** Larger files belong in a document system; the workspace stays a file that backs up in seconds. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Images up to this size can be previewed (sent to the screen whole). */
export const PREVIEW_MAX_BYTES = 8 * 1024 * 1024;

export const AttachmentOwner = z.object({ kind: z.enum(ATTACHMENT_OWNERS), id: Id }).strict();
export type AttachmentOwner = z.infer<typeof AttachmentOwner>;

export const Attachment = z.object({
  id: z.number(),
  owner: z.object({ kind: z.enum(ATTACHMENT_OWNERS), id: z.number() }),
  fileName: z.string(),
  mimeType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  actor: z.string(),
  createdAt: z.number(),
  /** An image small enough to show on screen. */
  previewable: z.boolean(),
});
export type Attachment = z.infer<typeof Attachment>;

export const AttachmentPreview = z.object({ mimeType: z.string(), base64: z.string() });
