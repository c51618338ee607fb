/** Determinate when `total` is known and positive; otherwise an indeterminate bar (no invented percentage). */
export function ProgressBar({ done, total, label }: { done: number; total: number; label: string }) {
  const known = total > 0;
  const ratio = known ? Math.min(1, Math.max(0, done / total)) : 0;
  return (
    <div
      className={known ? 'progress' : 'progress progress--indeterminate'}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={known ? total : undefined}
      aria-valuenow={known ? done : undefined}
    >
      <div className="progress__fill" style={known ? { width: `${(ratio * 100).toFixed(1)}%` } : undefined} />
    </div>
  );
}
