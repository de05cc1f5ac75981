// `vault seed`: writes realistic Danish and Norwegian notes, one optionally carrying a marker.
import { createNote } from '../domain/notes';
import type { Database } from '../vault/database';
import { seedNoteText, seededRandom } from './seed-text';

export function seedNotes(db: Database, count: number, marker?: string, now = new Date()): number {
  const random = seededRandom(count);
  const markerAt = marker ? Math.floor(random() * count) : -1;
  for (let start = 0; start < count; start += 1000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const text = seedNoteText(i, random);
        createNote(db, i === markerAt ? `${text} ${marker}` : text, now);
      }
    });
  }
  return count;
}
