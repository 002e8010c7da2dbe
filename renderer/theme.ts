import {
  createTheme,
  darken,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import i18next from 'i18next';

/**
 * Shade 9 is the text of "light" and "subtle" badges, alerts and buttons, on a shade-1 background
 * or, under the mouse, shade 2; warnings also use it as text on white. Mantine's shade 9 is too
 * pale for 4.5:1 on shade 2 in most colours (orange 3.0:1, blue 4.0:1): each is darkened just
 * enough (measured in test/renderer/theme-contrast.test.ts) and keeps its hue.
 */
const deeperText = {
  red: 0.15,
  violet: 0.1,
  indigo: 0.1,
  blue: 0.1,
  cyan: 0.1,
  teal: 0.15,
  green: 0.2,
  lime: 0.25,
  yellow: 0.3,
  orange: 0.25,
} as const;

const colors = Object.fromEntries(
  Object.entries(deeperText).map(([name, amount]) => {
    const shades = [...DEFAULT_THEME.colors[name as keyof typeof deeperText]];
    shades[9] = darken(shades[9]!, amount);
    return [name, shades as unknown as MantineColorsTuple];
  }),
);

export const theme = createTheme({
  primaryColor: 'blue',
  // Whoever asks the system for less motion gets dialogs and menus without their animations
  // (and the e2e browser asks, so screenshots never catch a dialog half faded in).
  respectReducedMotion: true,
  // Filled buttons, links and the active menu item carry white or coloured text: shade 6 of
  // Mantine's blue gives 3.55:1, shade 8 (#1971c2) 5.0:1, past WCAG AA's 4.5:1 for normal text.
  // It is every colour's "filled" shade, so red and the others darken alike.
  primaryShade: { light: 8, dark: 8 },
  colors,
  // Filled badges and buttons in light colours (green, orange, yellow) write black, not white,
  // where white would fall below 4.5:1; blue and red (shade 8) keep white.
  autoContrast: true,
  luminanceThreshold: 0.185,
  // Focus rings for keyboard users on every control, never removed for mouse users only.
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif',
  // Mantine's × buttons (dialogs, notifications, alerts) and the clear buttons of inputs are
  // icons without a name. A function, read at each render, so they follow the language switch.
  components: {
    CloseButton: { defaultProps: () => ({ 'aria-label': i18next.t('app.close') }) },
    InputClearButton: { defaultProps: () => ({ 'aria-label': i18next.t('app.clear') }) },
    // A calendar's arrows to the previous and next month (year, decade) are icons too.
    DateInput: {
      defaultProps: () => ({
        ariaLabels: {
          previousMonth: i18next.t('dates.previousMonth'),
          nextMonth: i18next.t('dates.nextMonth'),
          previousYear: i18next.t('dates.previousYear'),
          nextYear: i18next.t('dates.nextYear'),
          previousDecade: i18next.t('dates.previousDecade'),
          nextDecade: i18next.t('dates.nextDecade'),
        },
      }),
    },
    // Mantine puts an empty focus placeholder (role="presentation", tabindex) into the menu,
    // which leaves the menu with a child that is not a menu item; the menu itself takes the
    // focus instead, and the arrow keys go on to the items.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    // The options scroll in the listbox itself (app.css), which the input controls, rather than
    // in a ScrollArea inside it: a scrolling box that neither takes the focus nor belongs to a
    // combobox could not be scrolled from the keyboard.
    Select: { defaultProps: { withScrollArea: false } },
    MultiSelect: { defaultProps: { withScrollArea: false } },
    Autocomplete: { defaultProps: { withScrollArea: false } },
    // The arrows of a page list (first, previous, next, last) are icons too.
    Pagination: {
      defaultProps: () => ({
        getControlProps: (control: 'first' | 'previous' | 'next' | 'last') => ({
          'aria-label': i18next.t(`app.pagination.${control}`),
        }),
      }),
    },
  },
});

/**
 * Mantine's default "dimmed" grey, error red and placeholder grey are below WCAG AA contrast on
 * white; descriptions, field errors and the hints in empty fields carry real information here,
 * so they use darker shades. The placeholder stays lighter than typed text (#6c757d, 4.7:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': '#6c757d',
  },
  dark: {},
});
