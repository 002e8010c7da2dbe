import { MantineProvider } from '@mantine/core';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { Language } from '../../../db/contract/index.ts';
import { setupI18n } from '../../../renderer/i18n/setup.ts';
import { theme } from '../../../renderer/theme.ts';

/**
 * A component rendered to HTML as the app would first show it (no DOM needed): inside Mantine,
 * i18n in the given language and a router. Interaction is left to the e2e tests.
 */
export function renderStatic(element: ReactElement, language: Language = 'cs'): string {
  const i18n = setupI18n(language);
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    createElement(
      MantineProvider,
      { theme, forceColorScheme: 'light' },
      createElement(I18nextProvider, { i18n }, createElement(MemoryRouter, null, element)),
    ),
  );
}

/** The text a person reads, without tags: blocks and list items on lines of their own. */
export function visibleText(html: string): string {
  return html
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<(?:br|\/p|\/li|\/tr|\/h\d|\/div|\/td|\/th)[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
