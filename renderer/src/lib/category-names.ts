// Retention categories in a fixed reading order, and their names in the reader's language.
import type { TFunction } from 'i18next';
import type { Messages } from '../i18n/en';

type CategoryKey = keyof Messages['retention']['categories'];

export const CATEGORY_ORDER: readonly CategoryKey[] = [
  'participant',
  'enrolmentData',
  'sessionNotes',
  'addenda',
  'assessments',
  'consents',
  'auditReferences',
  'documents.cv',
  'documents.application',
  'documents.interview',
  'documents.testReport',
  'documents.other',
  'profile.personal',
  'profile.photo',
  'profile.competence',
  'profile.terms',
  'profile.evaluations',
];

const isCategory = (c: string): c is CategoryKey =>
  (CATEGORY_ORDER as readonly string[]).includes(c);

/** A category's name; one this renderer does not know (from a newer core) shows as its code. */
export function categoryName(category: string, t: TFunction): string {
  return isCategory(category) ? t(`retention.categories.${category}`) : category;
}

/** Sort key: known categories in reading order, unknown ones last. */
export function categoryRank(category: string): number {
  const i = (CATEGORY_ORDER as readonly string[]).indexOf(category);
  return i < 0 ? CATEGORY_ORDER.length : i;
}
