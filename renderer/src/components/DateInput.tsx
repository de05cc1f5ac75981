// A calendar-day (or day and time) field in the app's language, not the system's: typed as
// segments in the locale's order (dd.mm.åååå in Danish and Norwegian) with a calendar to pick
// from, and YYYY-MM-DD (or YYYY-MM-DDTHH:mm wall-clock) strings in and out, so forms keep the
// contract's IsoDate.
import { parseDate, parseDateTime, type DateValue } from '@internationalized/date';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput as AriaDateInput,
  DatePicker,
  DateSegment,
  Dialog,
  FieldError,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isLanguage, localeFor } from '../i18n/language';
import { systemLanguageTags } from '../i18n/setup';
import '../lib/react-aria-csp';
import '../styles/date-input.css';

type Props = Readonly<{
  /** The visible label; it is also the field's accessible name. */
  label: string;
  /** YYYY-MM-DD (with `withTime`, YYYY-MM-DDTHH:mm local wall-clock time), or '' for none. */
  value: string;
  /** Called with the same format once every segment is filled, '' when cleared or partial. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Earliest and latest allowed day (YYYY-MM-DD); outside them the field is marked invalid. */
  min?: string | undefined;
  max?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  /** A hint under the field, joined to it with aria-describedby. */
  description?: ReactNode;
  /** A translated error; when present the field is marked invalid and the text is described. */
  error?: ReactNode;
  /** Marks the field invalid without a text of its own (the form shows the message elsewhere). */
  invalid?: boolean;
  /** Day and time to the minute, in the locale's clock (24 h in da and nb). */
  withTime?: boolean;
  className?: string;
}>;

/** '' or an unreadable string is no date; YYYY-MM-DD a CalendarDate, with THH:mm a CalendarDateTime. */
function toDateValue(value: string | undefined): DateValue | null {
  if (!value) return null;
  try {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return parseDate(value);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return parseDateTime(value);
  } catch {
    // An impossible day such as 2026-02-30 reads as no date.
  }
  return null;
}

/**
 * The value to hand on for what the field shows: YYYY-MM-DD (or YYYY-MM-DDTHH:mm), or '' while a
 * part is missing or the year is still being typed. react-aria reports every keystroke of a year
 * as a whole date (2, 20, 202 before 2026), so a year below 1000 counts as unfinished: a date
 * that is only half typed must never reach a form or an autosave (issue 13).
 */
export function completeValue(day: DateValue | null, withTime: boolean): string {
  if (!day || day.year < 1000) return '';
  // A CalendarDateTime prints seconds (…T10:15:00); the field's format stops at minutes.
  return day.toString().slice(0, withTime ? 16 : 10);
}

/** The locale the app's language writes dates in (da-DK, nb-NO, en-GB or the system's own en-*). */
export function useDateLocale(): string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'da';
  return localeFor(language, systemLanguageTags());
}

export function DateInput({
  label,
  value,
  onChange,
  onBlur,
  min,
  max,
  required,
  disabled,
  description,
  error,
  invalid,
  withTime = false,
  className = 'field',
}: Props) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const isInvalid = Boolean(error) || Boolean(invalid);
  // What the field shows, which may be ahead of `value` while a year is being typed.
  const [shown, setShown] = useState<DateValue | null>(() => toDateValue(value));
  const handedOn = useRef(value);
  useEffect(() => {
    // A new value from outside (a reset, another draft) replaces what is shown.
    if (value !== handedOn.current) {
      handedOn.current = value;
      setShown(toDateValue(value));
    }
  }, [value]);
  return (
    <I18nProvider locale={locale}>
      <div className={`${className} date-input`} data-date-value={value}>
        <DatePicker
          value={shown}
          onChange={(day) => {
            setShown(day);
            const next = completeValue(day, withTime);
            if (next === handedOn.current) return;
            handedOn.current = next;
            onChange(next);
          }}
          granularity={withTime ? 'minute' : 'day'}
          onBlur={() => {
            // Left with the year unfinished while a whole date is held (a note's saved time): show
            // that again rather than 0202. A form holding '' keeps the half-typed date to finish.
            if (value && shown && completeValue(shown, withTime) === '') {
              handedOn.current = value;
              setShown(toDateValue(value));
            }
            onBlur?.();
          }}
          minValue={toDateValue(min)}
          maxValue={toDateValue(max)}
          isRequired={required}
          isDisabled={disabled}
          isInvalid={isInvalid}
          validationBehavior="aria"
          shouldForceLeadingZeros
        >
          <Label className="date-input-label">{label}</Label>
          <Group className="date-input-group">
            <AriaDateInput className="date-input-segments">
              {(segment) => <DateSegment segment={segment} className="date-input-segment" />}
            </AriaDateInput>
            <Button className="date-input-button" aria-label={t('dateField.openCalendar')}>
              <span aria-hidden="true">▾</span>
            </Button>
          </Group>
          {description && (
            <Text slot="description" className="hint">
              {description}
            </Text>
          )}
          {error && <FieldError className="hint hint-error">{error}</FieldError>}
          <Popover className="date-input-popover">
            <Dialog className="date-input-dialog">
              <Calendar className="date-input-calendar">
                <header>
                  <Button slot="previous" aria-label={t('dateField.previousMonth')}>
                    <span aria-hidden="true">◀</span>
                  </Button>
                  <Heading />
                  <Button slot="next" aria-label={t('dateField.nextMonth')}>
                    <span aria-hidden="true">▶</span>
                  </Button>
                </header>
                <CalendarGrid>
                  {(date) => <CalendarCell date={date} className="date-input-cell" />}
                </CalendarGrid>
              </Calendar>
            </Dialog>
          </Popover>
        </DatePicker>
      </div>
    </I18nProvider>
  );
}
