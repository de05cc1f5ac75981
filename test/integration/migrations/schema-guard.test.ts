// The schema guard (as Actual Budget's schema-guard.ts): a fresh vault's schema equals the
// committed test/schema.sql, so a schema change is always deliberate and visible in review.
// After a migration that means to change it: npm run schema:snapshot, and commit the file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { freshSchema } from '../../support/schema';

it('a fresh vault has exactly the committed schema (npm run schema:snapshot after a migration)', () => {
  const committed = readFileSync(join(import.meta.dirname, '../../schema.sql'), 'utf8');
  expect(freshSchema()).toBe(committed);
});
