import type messages from './messages/nl.json';
import type { routing } from './i18n/routing';

// Typed message keys: a key missing from nl.json is a compile error (the unit test covers fr and en).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
