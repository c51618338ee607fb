import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Worksheet, WorksheetContent, WorksheetHead } from '../../../../../shared/schemas/improvement';
import { call, toApiError, type ApiError } from '../../../api/client';

type Head = z.infer<typeof WorksheetHead>;
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

const AUTOSAVE_MS = 600;

/**
 * A worksheet being edited: the editor changes `content` and `head` freely; they are saved whole, a moment after
 * the last change, one save at a time, each from the revision the previous one returned. A save refused because
 * someone else saved first stops autosaving and says so, rather than overwrite their work.
 */
export function useWorksheet(id: number) {
  const [sheet, setSheet] = useState<Worksheet | null>(null);
  const [content, setContentState] = useState<WorksheetContent | null>(null);
  const [head, setHeadState] = useState<Head | null>(null);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef<{ content: WorksheetContent; head: Head } | null>(null);
  const revision = useRef(0);
  const edits = useRef(0);
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const accept = useCallback((w: Worksheet, replaceDraft: boolean) => {
    revision.current = w.revision;
    setSheet(w);
    if (replaceDraft) {
      latest.current = {
        content: w.content,
        head: { title: w.title, problem: w.problem, cycleId: w.cycleId },
      };
      setContentState(latest.current.content);
      setHeadState(latest.current.head);
    }
  }, []);

  const load = useCallback(() => {
    setError(null);
    call('rca.get', { id }).then(
      (w) => {
        accept(w, true);
        setState('saved');
      },
      (err: unknown) => setError(toApiError(err)),
    );
  }, [id, accept]);

  useEffect(load, [load]);

  const flush = useCallback(async () => {
    if (saving.current || !latest.current) return;
    saving.current = true;
    const startedAt = edits.current;
    setState('saving');
    try {
      const w = await call('rca.save', { id, revision: revision.current, ...latest.current });
      accept(w, false);
      setState(edits.current === startedAt ? 'saved' : 'pending');
      setError(null);
    } catch (err) {
      const e = toApiError(err);
      setError(e);
      setState(e.code === 'CONFLICT' && !e.details['links'] ? 'conflict' : 'failed');
      saving.current = false;
      return;
    }
    saving.current = false;
    if (edits.current !== startedAt) void flush();
  }, [id, accept]);

  const schedule = useCallback(() => {
    edits.current += 1;
    setState('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, AUTOSAVE_MS);
  }, [flush]);

  // Leaving the page saves what is still waiting for its moment, so the last keystrokes are not lost.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        timer.current = null;
        void flush();
      }
    },
    [flush],
  );

  const setContent = useCallback(
    (next: WorksheetContent) => {
      if (!latest.current) return;
      latest.current = { ...latest.current, content: next };
      setContentState(next);
      schedule();
    },
    [schedule],
  );
  const setHead = useCallback(
    (next: Head) => {
      if (!latest.current) return;
      latest.current = { ...latest.current, head: next };
      setHeadState(next);
      schedule();
    },
    [schedule],
  );

  return { sheet, content, head, state, error, setContent, setHead, reload: load, accept, flush };
}
