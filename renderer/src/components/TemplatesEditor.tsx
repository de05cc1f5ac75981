// Edit the note templates of the current language: pick one, change its title and text, save.
// The note editor reads templates each time it opens, so the next new note uses the saved text.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, IpcError } from '@core/ipc/contract';
import { currentLanguage } from '../i18n/setup';
import { ErrorMessage } from './ErrorMessage';

type Template = ChannelOutput<'templates.list'>[number];

export function TemplatesEditor() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [templates, setTemplates] = useState<readonly Template[] | null>(null);
  const [key, setKey] = useState<Template['key'] | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const locale = currentLanguage();

  const pick = (template: Template | undefined) => {
    if (!template) return;
    setKey(template.key);
    setTitle(template.title);
    setBody(template.body);
    setSaved(false);
  };

  // Re-read when the language changes: each language has its own wording of each template.
  useEffect(() => {
    void window.vault['templates.list']({ locale }).then((r) => {
      if (!r.ok) return setError(r.error);
      setTemplates(r.value);
      pick(r.value[0]);
    });
  }, [locale, i18n.language]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (key === null || busy || !title.trim()) return;
    setBusy(true);
    setError(null);
    const result = await window.vault['templates.update']({
      key,
      locale,
      title: title.trim(),
      body,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setTemplates((all) => all?.map((tpl) => (tpl.key === key ? result.value : tpl)) ?? null);
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
