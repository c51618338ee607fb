import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';
import { errorMessage } from '../i18n/errorMessage';
import { Icon } from './Icon';

type Tone = 'error' | 'info' | 'success';

const ICONS = { error: 'alert', info: 'info', success: 'check' } as const;

/** Inline message. Errors are announced at once (role=alert); info and success politely (role=status). */
export function Alert({
  tone,
  title,
  children,
  onDismiss,
}: {
  tone: Tone;
  title?: string;
  children?: ReactNode;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} className="alert__icon" />
      <div className="alert__body">
        {title && <p className="alert__title">{title}</p>}
        {children}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="icon-button alert__dismiss"
          onClick={onDismiss}
          aria-label={t('common.close')}
        >
          <Icon name="x" size={16} />
        </button>
      )}
    </div>
  );
}

/** Codes where the host's own words help whoever diagnoses the problem; expected user errors do not need them. */
const TECHNICAL = new Set(['INTERNAL', 'UNKNOWN_METHOD', 'IO_ERROR', 'FORBIDDEN', 'INVALID_INPUT']);

/** A failed call: catalog text first; the host's technical message folded away underneath where useful. */
export function ErrorAlert({
  title,
  error,
  onDismiss,
}: {
  title?: string;
  error: ApiError;
  onDismiss?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert tone="error" {...(title ? { title } : {})} {...(onDismiss ? { onDismiss } : {})}>
      <p>{errorMessage(t, error)}</p>
      {TECHNICAL.has(error.code) && error.message && (
        <details className="alert__details">
          <summary>{t('errors.technical')}</summary>
          <code>
            {error.code}: {error.message}
          </code>
        </details>
      )}
    </Alert>
  );
}
