import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../../shared/schemas/mystery';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { MysteryError } from '../MysteryError';
import { chooseWave } from '../useWave';
import { WaveForm } from './WaveForm';

const loadTemplates = () => call('audits.templates.list', { kind: 'mystery' });

/** Programmes with their questionnaire, waves and scenarios; each can be added here. */
export function SetupPanel({ programmes, onChanged }: { programmes: Programme[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const done = (text: string) => {
    setNotice(text);
    onChanged();
  };
  return (
    <section className="audits-panel">
      {notice && (
        <Alert tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {programmes.length === 0 && (
        <section className="empty-state" data-testid="programmes-empty">
          <p className="empty-state__summary">{t('mystery.setup.noProgrammes')}</p>
        </section>
      )}
      {programmes.map((p) => (
        <section key={p.id} className="card mystery-card" data-testid={`programme-${p.id}`}>
          <h2 className="mystery-card__title">
            {p.name} <span className="muted">· {p.templateCode}</span>
          </h2>
          <h3 className="mystery-card__sub">{t('mystery.setup.waves')}</h3>
          {p.waves.length === 0 ? (
            <p className="muted">{t('mystery.setup.noWaves')}</p>
          ) : (
            <ul className="mystery-list">
              {p.waves.map((w) => (
                <li key={w.id}>
                  {t('mystery.setup.waveLine', {
                    name: w.name,
                    from: w.startsOn,
                    to: w.endsOn,
                    outlets: w.outletIds.length,
                    visits: w.visits,
                    published: w.published,
                  })}
                </li>
              ))}
            </ul>
          )}
          <WaveForm
            programme={p}
            onSaved={(wave) => {
              chooseWave(wave.id);
              done(t('mystery.setup.waveSaved'));
            }}
          />
          <h3 className="mystery-card__sub">{t('mystery.setup.scenarios')}</h3>
          {p.scenarios.length === 0 ? (
            <p className="muted">{t('mystery.setup.noScenarios')}</p>
          ) : (
            <ul className="mystery-list">
              {p.scenarios.map((s) => (
                <li key={s.id}>
                  {s.name}
                  {s.description ? ` — ${s.description}` : ''}
                </li>
              ))}
            </ul>
          )}
          <ScenarioForm programmeId={p.id} onSaved={() => done(t('mystery.setup.scenarioSaved'))} />
        </section>
      ))}
      <ProgrammeForm onSaved={() => done(t('mystery.setup.programmeSaved'))} />
    </section>
  );
}

function ProgrammeForm({ onSaved }: { onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const templates = useResource(loadTemplates);
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const list = templates.status === 'ready' ? templates.data.filter((x) => x.active) : [];
  const templateCode = code || list[0]?.code || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !templateCode) return setMissing(true);
    try {
      await call('mystery.programmes.save', { fields: { name, templateCode } });
      setName('');
      setMissing(false);
      onSaved();
    } catch (err) {
      setFailure(toApiError(err));
    }
  };
  return (
    <form className="card mystery-card" onSubmit={submit} noValidate>
      <div className="audits-toolbar audits-toolbar--wrap">
        <label className="audits-filter">
          <span>{t('mystery.setup.programmeName')}</span>
          <input
            className="input"
            aria-label={t('mystery.setup.programmeName')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="audits-filter">
          <span>{t('mystery.setup.template')}</span>
          <select
            className="input"
            aria-label={t('mystery.setup.template')}
            value={templateCode}
            onChange={(e) => setCode(e.target.value)}
          >
            {list.map((x) => (
              <option
                key={x.id}
                value={x.code}
              >{`${i18n.language === 'en' ? x.nameEn : x.nameZh} (${x.code})`}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--primary" disabled={list.length === 0}>
          {t('mystery.setup.addProgramme')}
        </button>
      </div>
      {templates.status === 'ready' && list.length === 0 && (
        <p className="muted">{t('mystery.setup.noTemplates')}</p>
      )}
      {missing && (
        <p className="audit-dispute__error" role="alert">
          {t('mystery.setup.required')}
        </p>
      )}
      {failure && (
        <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />
      )}
    </form>
  );
}

function ScenarioForm({ programmeId, onSaved }: { programmeId: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const submit = useCallback(
    async (event: FormEvent) => {
      event.preventDefault();
      if (!name.trim()) return setMissing(true);
      try {
        await call('mystery.scenarios.save', { programmeId, name, description });
        setName('');
        setDescription('');
        setMissing(false);
        onSaved();
      } catch (err) {
        setFailure(toApiError(err));
      }
    },
    [programmeId, name, description, onSaved],
  );
  return (
    <form className="audits-toolbar audits-toolbar--wrap" onSubmit={submit} noValidate>
      <label className="audits-filter">
        <span>{t('mystery.setup.scenarioName')}</span>
        <input
          className="input"
          aria-label={t('mystery.setup.scenarioName')}
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="audits-filter mystery-grow">
        <span>{t('mystery.setup.scenarioDescription')}</span>
        <input
          className="input"
          aria-label={t('mystery.setup.scenarioDescription')}
          value={description}
          maxLength={2000}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <button type="submit" className="button">
        {t('mystery.setup.addScenario')}
      </button>
      {missing && (
        <p className="audit-dispute__error" role="alert">
          {t('mystery.setup.required')}
        </p>
      )}
      {failure && (
        <MysteryError title={t('mystery.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />
      )}
    </form>
  );
}
