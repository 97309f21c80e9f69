import type { Theme } from '@fluentui/react-components';

/** The browser's default text size: 1rem is 16px unless the officer has changed it. */
const ROOT_PIXELS = 16;

/**
 * Fluent's theme with its text sizes and line heights in rem instead of pixels, so the pane follows
 * the browser's text-size setting (WCAG 1.4.4); at the default size it looks exactly as before.
 */
export function remTheme(theme: Theme): Theme {
  const scaled = Object.entries(theme).map(([token, value]) => {
    const pixels = /^(\d+(?:\.\d+)?)px$/.exec(String(value));
    const isText = token.startsWith('fontSize') || token.startsWith('lineHeight');
    return [token, isText && pixels ? `${Number(pixels[1]) / ROOT_PIXELS}rem` : value];
  });
  return Object.fromEntries(scaled) as Theme;
}
