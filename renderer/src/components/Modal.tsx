import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * A modal built on the native <dialog>: the browser traps focus, makes the page behind it inert, and turns Esc
 * into a `cancel` event, which we route to `onCancel` so React state stays the one source of truth.
 */
export function Modal({
  title,
  onCancel,
  onDismissed = onCancel,
  children,
}: {
  title: string;
  /** Esc: a request the owner may refuse (e.g. while busy). */
  onCancel: () => void;
  /** The dialog has closed anyway; the owner must drop it. */
  onDismissed?: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  // A layout effect, so the cleanup closes the dialog while it is still in the document: only then does the
  // browser hand focus back to the control that opened it. Removing an open dialog drops focus to <body>.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected && document.activeElement === document.body) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onClose={(event) => {
        // The browser may close a dialog by itself (a repeated Esc is not always cancellable); follow it rather
        // than leave state that believes a closed dialog is open. A stale event from our own close is ignored.
        if (!event.currentTarget.open) onDismissed();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
