import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { REF_KINDS, RefOption } from '../../../../../shared/schemas/tickets';
import { call } from '../../../api/client';
import type { FieldControlProps } from '../../../components/Field';
import { Icon } from '../../../components/Icon';
import { useLanguage } from '../../../i18n/useLanguage';

type Option = z.infer<typeof RefOption>;
type Kind = (typeof REF_KINDS)[number];

const SEARCH_DELAY_MS = 150;
const LIMIT = 30;

type Results =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; options: Option[] } | { status: 'error' };

/**
 * A searchable picker of reference records (outlets, staff, customers…) as an ARIA combobox: type to search in
 * core (`ref.options`), arrows to move, Enter to choose, Esc to close the list without leaving the form.
 */
export function RefPicker({
  control,
  kind,
  fieldLabel,
  value,
  label,
  onChange,
}: {
  control: FieldControlProps;
  kind: Kind;
  fieldLabel: string;
  /** The chosen record's id, or '' for none. */
  value: string;
  /** Its display label. */
  label: string | null;
  onChange: (id: string, label: string | null) => void;
}) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const listId = useId();
  const [text, setText] = useState<string | null>(null);
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const open = text !== null;

  const display = (o: Option) => (language === 'en' && o.labelEn ? o.labelEn : o.label);

  useEffect(() => {
    if (text === null) return;
    let live = true;
    const timer = setTimeout(() => {
      setResults({ status: 'loading' });
      const search = text.trim();
      call('ref.options', { kind, limit: LIMIT, ...(search ? { search } : {}) }).then(
        (options) => {
          if (live) {
            setResults({ status: 'ready', options });
            setActive(0);
          }
        },
        () => {
          if (live) setResults({ status: 'error' });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, kind]);

  const close = () => {
    setText(null);
    setResults({ status: 'idle' });
  };

  const choose = (option: Option) => {
    onChange(String(option.id), display(option));
    close();
  };

  const options = results.status === 'ready' ? results.options : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setText('');
      else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open) {
      // The list is open: Enter chooses rather than submitting the form.
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      // Closing the list is this Esc's whole job; the form's Esc (discard) must not see it.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };

  const activeId = open && options[active] ? `${listId}-${options[active].id}` : undefined;
  return (
    <div className="ref-picker">
      <div className="ref-picker__box">
        <input
          {...control}
          ref={input}
          className="input ref-picker__input"
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          {...(activeId ? { 'aria-activedescendant': activeId } : {})}
          autoComplete="off"
          spellCheck={false}
          placeholder={value ? undefined : t('ticket.picker.placeholder')}
          value={text ?? label ?? ''}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        {value && !open && (
          <button
            type="button"
            className="icon-button ref-picker__clear"
            aria-label={t('ticket.picker.clear', { field: fieldLabel })}
            onClick={() => {
              onChange('', null);
              input.current?.focus();
            }}
          >
            <Icon name="x" size={14} />
          </button>
        )}
      </div>
      {open && (
        <ul id={listId} role="listbox" className="ref-picker__list" aria-label={fieldLabel}>
          {results.status === 'loading' && <li className="ref-picker__note">{t('ticket.picker.loading')}</li>}
          {results.status === 'error' && <li className="ref-picker__note">{t('ticket.picker.failed')}</li>}
          {results.status === 'ready' && options.length === 0 && (
            <li className="ref-picker__note">{t('ticket.picker.noMatches')}</li>
          )}
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${option.id}`}
              role="option"
              aria-selected={index === active}
              className={
                index === active ? 'ref-picker__option ref-picker__option--active' : 'ref-picker__option'
              }
              // Chosen on mousedown, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span>{display(option)}</span>
              <span className="ref-picker__code">{option.code}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
