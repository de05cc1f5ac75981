// A calendar-day (or day and time) field in the app's language, not the system's: typed as
// segments in the locale's order (dd.mm.åååå in Danish and Norwegian) with a calendar to pick
// from, and YYYY-MM-DD (or YYYY-MM-DDTHH:mm wall-clock) strings in and out, so forms keep the
// contract's IsoDate.
import { parseDate, parseDateTime, type DateValue } from '@internationalized/date';
import type { ReactNode } from 'react';
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
  const locale = useDateLocale();
  const isInvalid = Boolean(error) || Boolean(invalid);
  return (
    <I18nProvider locale={locale}>
      <div className={`${className} date-input`} data-date-value={value}>
        <DatePicker
          value={toDateValue(value)}
          // A CalendarDateTime prints seconds (…T10:15:00); the field's format stops at minutes.
          onChange={(day) => onChange(day ? day.toString().slice(0, withTime ? 16 : 10) : '')}
          granularity={withTime ? 'minute' : 'day'}
          onBlur={onBlur}
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
            <Button className="date-input-button">
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
                  <Button slot="previous">
                    <span aria-hidden="true">◀</span>
                  </Button>
                  <Heading />
                  <Button slot="next">
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
