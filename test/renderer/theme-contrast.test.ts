import {
  DEFAULT_THEME,
  mergeMantineTheme,
  parseThemeColor,
  toRgba,
  type MantineColor,
} from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from '../../renderer/theme.ts';

/**
 * The theme's colours against WCAG 2.1 AA, computed from the colours themselves: text 4.5:1
 * (1.4.3), graphics such as chart bars and focus rings 3:1 (1.4.11). axe-core in the e2e suite
 * checks the screens it is shown; this checks every colour a screen could use.
 */

const fullTheme = mergeMantineTheme(DEFAULT_THEME, theme);
const white = '#ffffff';
const black = '#000000';

/** WCAG's relative luminance. */
function luminance(color: string): number {
  const { r, g, b } = toRgba(color);
  const [red, green, blue] = [r, g, b].map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

const shade = (name: string, index: number) => fullTheme.colors[name]![index]!;
const variable = (name: string) => {
  const light = cssVariablesResolver(fullTheme).light as Record<string, string>;
  const value = light[name]!;
  const reference = /^var\(--mantine-color-(\w+)-(\d)\)$/.exec(value);
  return reference ? shade(reference[1]!, Number(reference[2])) : value;
};

// Every colour of Mantine's palette a component here may be given (gray and dark are text).
const palette = Object.keys(DEFAULT_THEME.colors).filter((name) => name !== 'dark');

describe('the theme meets WCAG 2.1 AA contrast', () => {
  it('darkens the primary blue so white on a filled button and links on white pass 4.5:1', () => {
    const filled = parseThemeColor({ color: 'blue', theme: fullTheme }).value;
    expect(filled).toBe(shade('blue', 8));
    expect(contrast(filled, white)).toBeGreaterThanOrEqual(4.5);
    // Mantine's default, shade 6 (#228be6), was 3.55:1.
    expect(contrast(DEFAULT_THEME.colors.blue[6], white)).toBeLessThan(4.5);
  });

  it.each(palette)(
    'writes %s "light" text (shade 9) legibly on white and its pale shades',
    (name) => {
      for (const background of [white, shade(name, 0), shade(name, 1), shade(name, 2)]) {
        expect(contrast(shade(name, 9), background), background).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it.each(palette)(
    'picks black or white on a filled %s badge or button, whichever passes',
    (name) => {
      const parsed = parseThemeColor({ color: name as MantineColor, theme: fullTheme });
      const text = parsed.isLight ? black : white;
      expect(contrast(parsed.value, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('keeps descriptions, errors and placeholders at 4.5:1 on white', () => {
    for (const name of [
      '--mantine-color-dimmed',
      '--mantine-color-error',
      '--mantine-color-placeholder',
    ]) {
      expect(contrast(variable(name), white), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws chart bars and lines and the focus ring at 3:1 on white', () => {
    // Nationality bars, the monthly line, town bars, and the ring of app.css.
    for (const [name, index] of [
      ['blue', 6],
      ['blue', 7],
      ['teal', 8],
    ] as const) {
      expect(contrast(shade(name, index), white), `${name}.${index}`).toBeGreaterThanOrEqual(3);
    }
    // The town bars were teal 6 before: 2.55:1.
    expect(contrast(DEFAULT_THEME.colors.teal[6], white)).toBeLessThan(3);
  });
});
