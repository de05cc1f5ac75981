// Drives the app's date field (renderer/src/components/DateInput.tsx) as a keyboard user does:
// its segments are spinbuttons, typed into one by one, so `fill('2026-…')` no longer applies.
import type { Locator } from 'playwright-core';

/**
 * The field's group out of what getByLabel finds: the group, and each segment and the calendar
 * button, which name themselves after the same label ("day, Ends", "Calendar Ends").
 */
export function dateGroup(labelled: Locator): Locator {
  return labelled.and(labelled.page().getByRole('group'));
}

type Part = 'year' | 'month' | 'day' | 'hour' | 'minute';

/** Types `digits` into one segment unless it already shows that number, as a person would skip it. */
async function typePart(group: Locator, type: Part, digits: string): Promise<void> {
  const segment = group.locator(`[data-type="${type}"]`);
  if (Number(await segment.getAttribute('aria-valuenow')) === Number(digits)) return;
  await segment.pressSequentially(digits);
}

/**
 * Types a YYYY-MM-DD day into the date field labelled `field` (what getByLabel finds), year
 * first so a day such as 31 is never limited by a month still shown as a placeholder. Parts that
 * already hold the number are left alone, so no half-typed year passes through the form.
 */
export async function fillDate(field: Locator, isoDay: string): Promise<void> {
  const [year, month, day] = isoDay.split('-');
  if (!year || !month || !day) throw new Error(`fillDate wants YYYY-MM-DD, got ${isoDay}`);
  const group = dateGroup(field);
  await typePart(group, 'year', year);
  await typePart(group, 'month', month);
  await typePart(group, 'day', day);
}

/**
 * Types a YYYY-MM-DDTHH:mm wall-clock time into a day-and-time field; on a 12-hour clock the
 * hour is typed as 1-12 and AM or PM chosen with the A and P keys.
 */
export async function fillDateTime(field: Locator, local: string): Promise<void> {
  const [isoDay, time] = local.split('T');
  const [hh, mm] = (time ?? '').split(':');
  if (!isoDay || !hh || !mm) throw new Error(`fillDateTime wants YYYY-MM-DDTHH:mm, got ${local}`);
  await fillDate(field, isoDay);
  const group = dateGroup(field);
  const period = group.locator('[data-type="dayPeriod"]');
  if ((await period.count()) > 0) {
    const hour = Number(hh);
    const segment = group.locator('[data-type="hour"]');
    if (Number(await segment.getAttribute('aria-valuenow')) !== hour) {
      await segment.pressSequentially(String(hour % 12 || 12));
      await period.press(hour < 12 ? 'a' : 'p');
    }
  } else {
    await typePart(group, 'hour', hh);
  }
  await typePart(group, 'minute', mm);
}

/** What the field holds: YYYY-MM-DD (or YYYY-MM-DDTHH:mm), '' while empty or partly typed. */
export async function dateValue(field: Locator): Promise<string> {
  const holder = dateGroup(field).locator('xpath=ancestor::*[@data-date-value][1]');
  return (await holder.getAttribute('data-date-value')) ?? '';
}
