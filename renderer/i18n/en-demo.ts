import type { csDemo } from './cs-demo.ts';

/** "Try with demo data" on the first-run screen. */
export const enDemo: typeof csDemo = {
  heading: 'Just want to try it?',
  text: 'This sets up a demo centre in Liberec with made-up clients, courses, loans and acts from 2010 (after the centre’s press release). For real work, create a new database later.',
  button: 'Try with demo data',
  filled: 'Demo data loaded: {{clients}} clients, {{acts}} acts.',
  failed: 'The demo data could not be loaded',
};
