import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionDetail } from '../../../../../shared/schemas/training';
import { call, toApiError, type ApiError } from '../../../api/client';
import { useResource } from '../../../api/useResource';
import { Alert } from '../../../components/Alert';
import { TrainingError } from '../TrainingError';

const loadTeams = () => call('ref.options', { kind: 'teams', limit: 1000 });
const loadOutlets = () => call('ref.options', { kind: 'outlets', limit: 1000 });

/** Enrol a whole team, a whole outlet, or one person by employee number or name. */
export function EnrolBar({ detail, onChanged }: { detail: SessionDetail; onChanged: (d: SessionDetail) => void }) {
  const { t } = useTranslation();
  const teams = useResource(loadTeams);
  const outlets = useResource(loadOutlets);
  const [teamId, setTeamId] = useState('');
  const [outletId, setOutletId] = useState('');
  const [person, setPerson] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const enrol = async (input: { teamId?: number; outletId?: number; staffIds?: number[] }) => {
    setBusy(true);
    setMessage(null);
    setFailure(null);
    try {
      const next = await call('training.enrolment.add', { sessionId: detail.id, ...input });
      setMessage({ tone: 'success', text: t('training.session.enrol.added', { count: next.trainees.length - detail.trainees.length }) });
      onChanged(next);
    } catch (err) {
      setFailure(toApiError(err));
    } finally {
      setBusy(false);
    }
  };

  const enrolPerson = async (event: FormEvent) => {
    event.preventDefault();
    const text = person.trim();
    if (!text) return;
    const found = await call('ref.options', { kind: 'staff', search: text, limit: 20 }).catch(() => []);
    const exact = found.filter((o) => o.code.toUpperCase() === text.toUpperCase() || o.label === text);
    const match = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
    if (!match) {
      setMessage({ tone: 'error', text: t('training.session.enrol.notFound', { text }) });
      return;
    }
    await enrol({ staffIds: [match.id] });
    setPerson('');
  };

  return (
    <section className="card enrol-bar" aria-labelledby="enrol-title">
      <h2 id="enrol-title" className="card__title">{t('training.session.enrol.title')}</h2>
      <div className="enrol-bar__controls">
        <label className="enrol-bar__group">
          <span>{t('training.session.enrol.team')}</span>
          <select className="input" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
            <option value="">{t('training.session.enrol.choose')}</option>
            {teams.status === 'ready' && teams.data.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
          <button type="button" className="button button--small" disabled={busy || !teamId} onClick={() => void enrol({ teamId: Number(teamId) })}>{t('training.session.enrol.add')}</button>
        </label>
        <label className="enrol-bar__group">
          <span>{t('training.session.enrol.outlet')}</span>
          <select className="input" value={outletId} onChange={(e) => setOutletId(e.target.value)}>
            <option value="">{t('training.session.enrol.choose')}</option>
            {outlets.status === 'ready' && outlets.data.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
          </select>
          <button type="button" className="button button--small" disabled={busy || !outletId} onClick={() => void enrol({ outletId: Number(outletId) })}>{t('training.session.enrol.add')}</button>
        </label>
        <form className="enrol-bar__group" onSubmit={(e) => void enrolPerson(e)}>
          <label htmlFor="enrol-person">{t('training.session.enrol.staff')}</label>
          <input id="enrol-person" className="input" value={person} placeholder={t('training.session.enrol.staffPlaceholder')} onChange={(e) => setPerson(e.target.value)} />
          <button type="submit" className="button button--small" disabled={busy || !person.trim()}>{t('training.session.enrol.add')}</button>
        </form>
      </div>
      {message && <Alert tone={message.tone} onDismiss={() => setMessage(null)}>{message.text}</Alert>}
      {failure && <TrainingError title={t('training.saveFailed')} error={failure} onDismiss={() => setFailure(null)} />}
    </section>
  );
}
