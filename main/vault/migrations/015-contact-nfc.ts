// Migration 15: a participant's e-mail, phone and address are stored in NFC like every other text
// (issue 11's text boundary; migration 13 brought names, notes, addenda and summaries along but
// not these). A row changes only where the composed form differs; updated_at stays, since the
// text a person reads is the same.
import type { Migration } from './types';

export const migration015: Migration = {
  version: 15,
  name: 'contact-nfc',
  up: (db) => {
    const rows = db
      .prepare('SELECT id, email, phone, address FROM participants')
      .all<{ id: number; email: string; phone: string | null; address: string | null }>();
    const update = db.prepare(
      'UPDATE participants SET email = ?, phone = ?, address = ? WHERE id = ?',
    );
    const nfc = (s: string | null) => (s === null ? null : s.normalize('NFC'));
    for (const r of rows) {
      const next = [nfc(r.email)!, nfc(r.phone), nfc(r.address)] as const;
      if (next[0] !== r.email || next[1] !== r.phone || next[2] !== r.address)
        update.run([...next, r.id]);
    }
  },
};
