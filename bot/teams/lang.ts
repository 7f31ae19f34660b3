import type { Lang } from '../domain/knowledge/types';

/** The client's language, for replies that have no text to detect a language from. Swedish unless English. */
export function langOfLocale(locale: string | undefined): Lang {
  return (locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'sv';
}
