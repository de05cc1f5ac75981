// Opens a screen at its top and moves focus to its heading, so keyboard and screen-reader users
// start there and nobody lands halfway down a page because the last one was scrolled (issue 13).
import { useEffect, useLayoutEffect, useRef } from 'react';

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  // Before paint, so the old scroll offset never shows on the new screen.
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, []);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
