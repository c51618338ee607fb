import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { QmFailure } from '../../../shared/errors.ts';
import {
  ATTACHMENT_MAX_BYTES,
  PREVIEW_MAX_BYTES,
  type Attachment,
  type AttachmentOwner,
  type AttachmentOwnerKind,
} from '../../../shared/schemas/attachments.ts';
import { writeTransaction } from '../audit-log/record.ts';
import type { Db } from '../db/open.ts';
import { detectType, PREVIEWABLE_TYPES, sanitizeFileName } from './file-name.ts';

interface AttachmentRow {
  id: number;
  owner_kind: AttachmentOwnerKind;
  owner_id: number;
  file_name: string;
  mime_type: string;
  size: number;
  sha256: string;
  actor: string;
  created_at: number;
}

const COLUMNS = 'id, owner_kind, owner_id, file_name, mime_type, size, sha256, actor, created_at';
const LIST_SQL = `SELECT ${COLUMNS} FROM attachments WHERE owner_kind = ? AND owner_id = ? ORDER BY created_at, id`;
const ONE_SQL = `SELECT ${COLUMNS} FROM attachments WHERE id = ?`;

const toAttachment = (r: AttachmentRow): Attachment => ({
  id: r.id,
  owner: { kind: r.owner_kind, id: r.owner_id },
  fileName: r.file_name,
  mimeType: r.mime_type,
  size: r.size,
  sha256: r.sha256,
  actor: r.actor,
  createdAt: r.created_at,
  previewable: PREVIEWABLE_TYPES.includes(r.mime_type) && r.size <= PREVIEW_MAX_BYTES,
});

const refuse = (
  code: 'INVALID_INPUT' | 'NOT_FOUND' | 'FILE_EXISTS' | 'NOT_SUPPORTED',
  reason: string,
  message: string,
  details: Record<string, unknown> = {},
) => new QmFailure(code, message, { reason, ...details });

/** The record each owner kind names. */
const OWNER_EXISTS: Record<AttachmentOwnerKind, { sql: string }> = {
  audit: { sql: 'SELECT 1 FROM audits WHERE id = ?' },
  pdca_log: { sql: 'SELECT 1 FROM pdca_log WHERE id = ?' },
  action: { sql: 'SELECT 1 FROM actions WHERE id = ?' },
  mystery_visit: { sql: 'SELECT 1 FROM mystery_visits WHERE id = ?' },
};

function assertOwner(db: Db, owner: AttachmentOwner): void {
  const { sql } = OWNER_EXISTS[owner.kind];
  if (!db.prepare(sql).get(owner.id))
    throw refuse('NOT_FOUND', 'ownerMissing', `no ${owner.kind} with id ${owner.id} to attach a file to`, {
      kind: owner.kind,
      id: owner.id,
    });
}

/** An absolute path whose segments hold no '.' or '..': a path the dialog or the user typed in full. */
function assertPlainPath(file: string): void {
  const segments = file.split(/[/\\]/);
  if (!path.isAbsolute(file) || segments.some((s) => s === '.' || s === '..'))
    throw refuse('INVALID_INPUT', 'badPath', 'Give the full path of the file, without "." or ".." parts.', {
      file,
    });
}

/** Read a regular file whole, refusing empty, oversized and special files before reading a byte too many. */
function readEvidence(file: string): Buffer {
  assertPlainPath(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new QmFailure('FILE_NOT_FOUND', `file not found: ${file}`, { path: file });
  }
  if (!stat.isFile())
    throw refuse('INVALID_INPUT', 'notFile', 'Only ordinary files can be attached.', { file });
  if (stat.size === 0) throw refuse('INVALID_INPUT', 'empty', 'The file is empty.', { file });
  if (stat.size > ATTACHMENT_MAX_BYTES)
    throw refuse('INVALID_INPUT', 'tooLarge', `The file is larger than ${ATTACHMENT_MAX_BYTES} bytes.`, {
      file,
      maxMb: ATTACHMENT_MAX_BYTES / 1024 / 1024,
    });
  try {
    return fs.readFileSync(file);
  } catch (err) {
    throw new QmFailure('IO_ERROR', `could not read ${file}: ${(err as Error).message}`, { file });
  }
}

export function listAttachments(db: Db, owner: AttachmentOwner): Attachment[] {
  const rows = db.prepare(LIST_SQL).all(owner.kind, owner.id) as AttachmentRow[];
  return rows.map(toAttachment);
}

function getRow(db: Db, id: number): AttachmentRow {
  const row = db.prepare(ONE_SQL).get(id) as AttachmentRow | undefined;
  if (!row) throw new QmFailure('NOT_FOUND', `no attachment with id ${id}`, { id });
  return row;
}

const content = (db: Db, id: number): Buffer =>
  db.prepare('SELECT content FROM attachments WHERE id = ?').pluck().get(id) as Buffer;

/** Copy a file into the workspace; the file is read before the transaction so the write lock is held briefly. */
export function addAttachment(
  db: Db,
  actor: string,
  owner: AttachmentOwner,
  file: string,
  now = Date.now(),
): Attachment {
  const name = sanitizeFileName(path.basename(file));
  if (name === null) throw refuse('INVALID_INPUT', 'badName', 'The file has no usable name.', { file });
  const bytes = readEvidence(file);
  const { mimeType } = detectType(name, bytes);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return writeTransaction(db, actor, (record) => {
    assertOwner(db, owner);
    const result = db
      .prepare(
        `INSERT INTO attachments (owner_kind, owner_id, file_name, mime_type, size, sha256, content, actor, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(owner.kind, owner.id, name, mimeType, bytes.length, sha256, bytes, actor, now);
    const after = toAttachment(getRow(db, Number(result.lastInsertRowid)));
    record({ action: 'create', entity: 'attachment', entityId: after.id, before: null, after });
    return after;
  });
}

export function previewAttachment(db: Db, id: number): { mimeType: string; base64: string } {
  const attachment = toAttachment(getRow(db, id));
  if (!attachment.previewable)
    throw refuse(
      'NOT_SUPPORTED',
      'notImage',
      'Only images up to 8 MB can be previewed; save a copy instead.',
      { id },
    );
  return { mimeType: attachment.mimeType, base64: content(db, id).toString('base64') };
}

/** Write a copy under a new name only ('wx'): saving a copy never replaces a file. */
export function saveAttachmentCopy(db: Db, id: number, target: string): { path: string } {
  assertPlainPath(target);
  const bytes = content(db, getRow(db, id).id);
  try {
    fs.writeFileSync(target, bytes, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw refuse('FILE_EXISTS', 'exists', `${target} already exists`, { file: target });
    if (code === 'ENOENT')
      throw new QmFailure('FILE_NOT_FOUND', `folder not found for ${target}`, { path: path.dirname(target) });
    throw new QmFailure('IO_ERROR', `could not write ${target}: ${(err as Error).message}`, { file: target });
  }
  return { path: target };
}

export function deleteAttachment(db: Db, actor: string, id: number): null {
  return writeTransaction(db, actor, (record) => {
    const before = toAttachment(getRow(db, id));
    db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
    record({ action: 'delete', entity: 'attachment', entityId: id, before, after: null });
    return null;
  });
}
