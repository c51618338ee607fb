import { useId } from 'react';
import { Icon, type IconName } from '../../components/Icon';

/** One of the start screen's three ways in; the title names the button, the body describes it. */
export function ActionCard({
  icon,
  title,
  body,
  primary = false,
  disabled = false,
  onClick,
}: {
  icon: IconName;
  title: string;
  body: string;
  primary?: boolean;
  disabled?: boolean;
  onClick: () => void;
}) {
  const id = useId();
  return (
    <button
      type="button"
      className={primary ? 'action-card action-card--primary' : 'action-card'}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      disabled={disabled}
      onClick={onClick}
    >
      <span className="action-card__icon">
        <Icon name={icon} size={24} />
      </span>
      <span id={`${id}-title`} className="action-card__title">
        {title}
      </span>
      <span id={`${id}-body`} className="action-card__body">
        {body}
      </span>
    </button>
  );
}
