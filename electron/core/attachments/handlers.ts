import type { HandlerGroup } from '../handlers.ts';
import {
  addAttachment,
  deleteAttachment,
  listAttachments,
  previewAttachment,
  saveAttachmentCopy,
} from './attachments.ts';

export const attachmentHandlers = {
  'attachments.add': ({ owner, path }, session) => addAttachment(session.db(), session.actor, owner, path),
  'attachments.list': ({ owner }, session) => listAttachments(session.db(), owner),
  'attachments.preview': ({ id }, session) => previewAttachment(session.db(), id),
  'attachments.saveCopy': ({ id, path }, session) => saveAttachmentCopy(session.db(), id, path),
  'attachments.delete': ({ id }, session) => deleteAttachment(session.db(), session.actor, id),
} satisfies HandlerGroup;
