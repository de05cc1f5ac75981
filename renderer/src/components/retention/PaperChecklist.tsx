// The paper-notes question for every participant of a close-out: shredded, or there were none.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UserText } from '../UserText';

export type PaperAnswer = 'shredded' | 'none';
export type Person = Readonly<{ id: number; givenName: string; familyName: string }>;

type Props = Readonly<{
  people: readonly Person[];
  answers: Readonly<Record<string, PaperAnswer>>;
  onAnswer: (participantId: number, answer: PaperAnswer) => void;
  onMarkAll: () => void;
  disabled: boolean;
}>;

export function PaperChecklist({ people, answers, onAnswer, onMarkAll, disabled }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const done = people.filter((p) => answers[String(p.id)]).length;
  return (
    <div className="paper-checklist">
      <div className="title-row">
        <p className="count" aria-live="polite">
          {t('retention.closeOut.answered', { done, total: people.length })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={onMarkAll}
          disabled={disabled}
        >
          {t('retention.closeOut.markAll')}
        </button>
      </div>
      <ul className="plain-list">
        {people.map((person) => (
          <li key={person.id}>
            <fieldset className="paper-row" disabled={disabled}>
              <legend>
                <UserText text={person.givenName} /> <UserText text={person.familyName} />
              </legend>
              {(['shredded', 'none'] as const).map((value) => (
                <span className="field-radio" key={value}>
                  <input
                    type="radio"
                    id={`${id}-${person.id}-${value}`}
                    name={`${id}-${person.id}`}
                    checked={answers[String(person.id)] === value}
                    onChange={() => onAnswer(person.id, value)}
                  />
                  <label htmlFor={`${id}-${person.id}-${value}`}>
                    {t(`retention.closeOut.${value}`)}
                  </label>
                </span>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
    </div>
  );
}
