// Writes the schema a fresh vault has after every migration to test/schema.sql (sorted, one
// statement each), or with --check compares and exits 1 on a difference. The committed file makes
// every schema change deliberate: a migration that changes it also changes this file, in review.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshSchema } from '../test/support/schema';

const file = join(import.meta.dirname, '../test/schema.sql');
const now = freshSchema();
if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== now) {
    process.stderr.write(
      'test/schema.sql differs from a fresh vault: run npm run schema:snapshot\n',
    );
    process.exit(1);
  }
  process.stdout.write('schema matches test/schema.sql\n');
} else {
  writeFileSync(file, now);
  process.stdout.write('wrote test/schema.sql\n');
}
