// Copies a national ID and clears the clipboard 30 s later, but only if it still holds that ID.
/** How long a copied national ID may stay on the clipboard (the design's rule). */
export const CLIPBOARD_CLEAR_MS = 30_000;

// Module-level, not component state: the clearing must happen even after the user navigates away.
let pending: { timer: number; value: string } | null = null;

export async function copySensitive(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
  } catch {
    return false;
  }
  if (pending) window.clearTimeout(pending.timer);
  pending = { value, timer: window.setTimeout(() => void clearIfStill(value), CLIPBOARD_CLEAR_MS) };
  return true;
}

/** Clears now (e.g. on vault lock) if we put an ID there and it may still be there. */
export async function clearSensitiveClipboard(): Promise<void> {
  if (!pending) return;
  window.clearTimeout(pending.timer);
  await clearIfStill(pending.value);
}

async function clearIfStill(value: string): Promise<void> {
  pending = null;
  // Reading may be denied; then the only safe choice is to clear unconditionally.
  const holdsIt = await navigator.clipboard.readText().then(
    (text) => text === value,
    () => true,
  );
  if (!holdsIt) return;
  await navigator.clipboard.writeText('').catch(() => undefined);
}
