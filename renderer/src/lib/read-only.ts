// While a participant's processing is restricted (art. 18) their page is read-only: each write
// control is disabled and described by the banner's sentence that says why.
import { createContext, useContext } from 'react';

/** The id of the element saying why the page is read-only, or null while it can be written. */
export const ReadOnlyContext = createContext<string | null>(null);

export function useReadOnly(): Readonly<{ readOnly: boolean; because: string | undefined }> {
  const id = useContext(ReadOnlyContext);
  return { readOnly: id !== null, because: id ?? undefined };
}
