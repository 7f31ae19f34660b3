import type { Contact, Lang } from './types';

const PLACEHOLDER = /\{kontakt:([a-z0-9-]+)\}/g;

/** Replaces {kontakt:id} with the contact's name and, where kansliet has filled them in, phone and e-mail. */
export function renderContacts(text: string, contacts: Record<string, Contact>, lang: Lang): string {
  return text.replace(PLACEHOLDER, (whole, id: string) => {
    const c = contacts[id];
    if (!c) return whole;
    const reach = [c.phone, c.email].filter((v): v is string => !!v && v.trim() !== '');
    return reach.length ? `${c.name[lang]} (${reach.join(', ')})` : c.name[lang];
  });
}

export function contactIdsIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}
