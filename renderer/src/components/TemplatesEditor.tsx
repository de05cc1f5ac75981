// Edit the note templates of the current language: pick one, change its title and text, save.
// The note editor reads templates each time it opens, so the next new note uses the saved text.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { useVaultMutation, useVaultQuery } from '../lib/vault-query';
import { ErrorMessage } from './ErrorMessage';

type Template = ChannelOutput<'templates.list'>[number];
type Editing = Readonly<{ locale: string; key: Template['key']; title: string; body: string }>;

export function TemplatesEditor() {
  const { t } = useTranslation();
  const id = useId();
  const locale = currentLanguage();
  // Each language has its own wording of each template: asked again when the language changes,
  // and after a save (stale-after.ts), so the note editor's next new note uses the saved text.
  const asked = useVaultQuery('templates.list', { locale });
  const saveTemplate = useVaultMutation('templates.update');
  const templates = asked.data ?? null;
  // The template being edited, as typed; the language's first template until one is picked.
  const [picked, setPicked] = useState<Editing | null>(null);
  const first = templates?.[0];
  const editing: Editing | null =
    picked?.locale === locale
      ? picked
      : first
        ? { locale, key: first.key, title: first.title, body: first.body }
        : null;
  const key = editing?.key ?? null;
  const title = editing?.title ?? '';
  const body = editing?.body ?? '';
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failed, setError] = useState<IpcError | null>(null);
  const error = failed ?? asked.error?.ipc ?? null;

  const pick = (template: Template | undefined) => {
    if (!template) return;
    setPicked({ locale, key: template.key, title: template.title, body: template.body });
    setSaved(false);
  };
  const setTitle = (value: string) => editing && setPicked({ ...editing, title: value });
  const setBody = (value: string) => editing && setPicked({ ...editing, body: value });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (key === null || busy || !title.trim()) return;
    setBusy(true);
    setError(null);
    const result = await saveTemplate.mutateAsync({
      key,
      locale,
      title: title.trim(),
      body,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(true);
  };

  if (templates === null) return error ? <ErrorMessage error={error} /> : null;
  return (
    <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-key`}>{t('templates.choose')}</label>
        <select
          id={`${id}-key`}
          value={key ?? ''}
          onChange={(e) => pick(templates.find((tpl) => tpl.key === e.target.value))}
        >
          {templates.map((tpl) => (
            <option key={tpl.key} value={tpl.key}>
              {tpl.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t('templates.name')}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={200}
          aria-required="true"
          aria-invalid={!title.trim()}
          onChange={(e) => {
            setTitle(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      <div className="field form-wide">
        <label htmlFor={`${id}-body`}>{t('templates.body')}</label>
        <textarea
          id={`${id}-body`}
          value={body}
          rows={8}
          maxLength={20_000}
          onChange={(e) => {
            setBody(e.target.value);
            setSaved(false);
          }}
        />
      </div>
      {error && <ErrorMessage error={error} />}
      <div className="actions form-wide">
        <button type="submit" className="button button-primary" aria-disabled={busy}>
          {busy ? t('common.saving') : t('templates.save')}
        </button>
        <p className="hint hint-ok" role="status">
          {saved ? t('templates.saved') : ''}
        </p>
      </div>
    </form>
  );
}
