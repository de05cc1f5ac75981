// Driver log lines lose quoted values, blobs, paths and long digit runs before they reach our logger.
import { describe, expect, it } from 'vitest';
import { scrubDriverMessage } from '../../main/vault/logger';

describe('scrubDriverMessage', () => {
  it.each([
    [`no such column: "Anne Hansen" in "SELECT 'Anne Hansen'"`, /Anne|Hansen/],
    [
      `recovered 12 frames from WAL file /home/anne.hansen/.config/Fortrolig/vault.db-wal`,
      /anne|hansen/i,
    ],
    [`C:\\Users\\Ole Nordmann\\AppData\\vault.db is locked`, /Nordmann/],
    [`constraint failed: 0707614285`, /0707614285/],
    [`INSERT INTO notes VALUES (1, x'deadbeef', 'hemmelig')`, /deadbeef|hemmelig/],
  ])('removes data from %s', (message, leak) => {
    const scrubbed = scrubDriverMessage(message);
    expect(scrubbed).not.toMatch(leak);
    expect(scrubbed.length).toBeGreaterThan(0);
  });

  it('keeps the shape of the message', () => {
    expect(scrubDriverMessage('statement aborts at 8: file is not a database')).toBe(
      'statement aborts at 8: file is not a database',
    );
  });
});
