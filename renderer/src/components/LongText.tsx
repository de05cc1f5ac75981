// A note body as plain text: never HTML, wrapped anywhere, direction-isolated, and folded when
// very long so a 100,000-character note does not bury the page.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const FOLD_AT = 4000;

type Props = Readonly<{ text: string }>;

export function LongText({ text }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = text.length > FOLD_AT;
  return (
    <>
      <p className="note-body" dir="auto">
        {long && !open ? `${text.slice(0, FOLD_AT)}…` : text}
      </p>
      {long && (
        <button
          type="button"
          className="button button-link"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('sessionNotes.showLess') : t('sessionNotes.showAll')}
        </button>
      )}
    </>
  );
}
