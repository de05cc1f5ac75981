// Keeps react-aria within our Content Security Policy (style-src 'self', no inline styles).
// Its usePress adds an inline <style> (touch-action for pressable elements) unless the document
// already holds an element with that style's id. The CSP would refuse it (a console error on every
// screen with a date field), so the same rule sits in styles/date-input.css and this empty marker
// stands in for the element. Imported for its effect by components using react-aria-components.
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';

if (typeof document !== 'undefined' && !document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  document.head.append(marker);
}
