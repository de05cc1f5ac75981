// Consents: what the participant agreed to, on which legal basis, when given and when withdrawn.
import type { Database } from '../vault/database';
import { notFound } from './errors';

export type Consent = Readonly<{
  id: number;
  participantId: number;
  purpose: string;
  legalBasis: string;
  givenOn: string;
  withdrawnOn: string | null;
}>;

const SELECT = `SELECT id, participant_id AS participantId, purpose, legal_basis AS legalBasis,
  given_on AS givenOn, withdrawn_on AS withdrawnOn FROM consents`;

/**
 * Records a consent or agreement: purpose, legal basis, `givenOn` (YYYY-MM-DD). Returns it as
 * stored, not withdrawn. Throws DomainError notFound('participant') for an unknown participant.
 */
export function addConsent(db: Database, input: Omit<Consent, 'id' | 'withdrawnOn'>): Consent {
  if (!db.prepare('SELECT 1 AS x FROM participants WHERE id = ?').get([input.participantId]))
    throw notFound('participant');
  const { lastInsertRowid } = db
    .prepare(
      'INSERT INTO consents (participant_id, purpose, legal_basis, given_on) VALUES (?, ?, ?, ?)',
    )
    .run([input.participantId, input.purpose, input.legalBasis, input.givenOn]);
  return db.prepare(`${SELECT} WHERE id = ?`).get<Consent>([lastInsertRowid])!;
}

/**
 * Records that a consent was withdrawn on `withdrawnOn` (YYYY-MM-DD); the first withdrawal date
 * stands, a second one changes nothing. Returns the consent. Throws DomainError notFound('consent').
 */
export function withdrawConsent(db: Database, id: number, withdrawnOn: string): Consent {
  // The first withdrawal date stands; withdrawing again changes nothing.
  db.prepare('UPDATE consents SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL').run([
    withdrawnOn,
    id,
  ]);
  const row = db.prepare(`${SELECT} WHERE id = ?`).get<Consent>([id]);
  if (!row) throw notFound('consent');
  return row;
}

/**
 * A participant's consents and agreements, newest given first (YYYY-MM-DD dates); empty for an
 * unknown participant.
 */
export function listConsents(db: Database, participantId: number): Consent[] {
  return db
    .prepare(`${SELECT} WHERE participant_id = ? ORDER BY given_on DESC, id DESC`)
    .all<Consent>([participantId]);
}
