import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../../components/Icon';

/** Typing pauses this long before the grid asks core again: a query per word, not per key. */
const DEBOUNCE_MS = 300;

/** Quick search over subject and description. Enter searches at once; Esc clears. */
export function SearchBox({ value, onChange }: { value: string; onChange: (text: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // A search set from outside (a keyword, a saved view) replaces what is typed.
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = setTimeout(() => onChange(draft), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [draft, value, onChange]);

  return (
    <div className="search-box">
      <label className="sr-only" htmlFor={id}>
        {t('tickets.search.label')}
      </label>
      <input
        id={id}
        className="input search-box__input"
        type="search"
        value={draft}
        maxLength={200}
        placeholder={t('tickets.search.placeholder')}
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange(draft);
          if (event.key === 'Escape' && draft !== '') {
            event.preventDefault();
            setDraft('');
            onChange('');
          }
        }}
      />
      {draft !== '' && (
        <button
          type="button"
          className="icon-button search-box__clear"
          aria-label={t('tickets.search.clear')}
          onClick={() => {
            setDraft('');
            onChange('');
          }}
        >
          <Icon name="x" size={14} />
        </button>
      )}
    </div>
  );
}
