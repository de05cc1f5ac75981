// Migration 15: e-mail, phone and address come to NFC (a decomposed address written before the
// text boundary is composed), rows already composed are left untouched, and updated_at stays;
// new and edited participants are stored composed.
import { describe, expect, it } from 'vitest';
import { createParticipant } from '../../../main/domain/participants';
import type { Database } from '../../../main/vault/database';
import { migrate } from '../../../main/vault/migrate';
import { migrations } from '../../../main/vault/migrations';
import { useMigrationDb } from '../../support/migration-db';

const NFD_ADDRESS = 'Ha\u030Akonsens Vej 4\n8000 A\u030Arhus C';

describe('migration 015 contact details in NFC', () => {
  let db: Database;
  useMigrationDb((opened) => (db = opened));

  it('composes what was stored decomposed, leaves the rest, keeps updated_at', () => {
    migrate(db, migrations, 14);
    db.exec(`
      INSERT INTO participants (id, given_name, family_name, national_id_kind, email, phone, address, audit_ref, created_at, updated_at)
        VALUES (1, 'Åse', 'Berg', 'none', 'a@e.dk', '+45 2012', '${NFD_ADDRESS}', 'ref-1', 'c', 'u1'),
               (2, 'Ole', 'Dahl', 'none', 'o@e.dk', NULL, 'Storgata 1', 'ref-2', 'c', 'u2');
    `);
    const untouched = db.prepare('SELECT * FROM participants WHERE id = 2').get();
    expect(migrate(db, migrations, 15)).toBe(15);
    expect(db.prepare('SELECT address, updated_at FROM participants WHERE id = 1').get()).toEqual({
      address: 'Håkonsens Vej 4\n8000 Århus C',
      updated_at: 'u1',
    });
    expect(db.prepare('SELECT * FROM participants WHERE id = 2').get()).toEqual(untouched);

    const saved = createParticipant(
      db,
      {
        givenName: 'Ib',
        familyName: 'Holm',
        nationalId: { country: 'none' },
        email: 'ib@e.dk',
        phone: '+45 2013',
        address: NFD_ADDRESS,
      },
      new Date('2026-11-29T10:00:00Z'),
    ).participant;
    expect(saved.address).toBe('Håkonsens Vej 4\n8000 Århus C');
  });
});
