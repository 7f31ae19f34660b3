import { localParts } from './local-time';

/** Allocates the next serial number for a prefix and year, e.g. 42 for the 42nd HOT case of 2026. */
export type NextNumber = (prefix: string, year: number) => number;

/** HOT-2026-0042: people read it on the phone, so four digits (more once past 9999). */
export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}-${year}-${String(serial).padStart(4, '0')}`;
}

/** The year a case belongs to is the Swedish calendar year, so New Year's Eve night counts right. */
export function caseYear(at: Date): number {
  return localParts(at).year;
}

const CASE_NUMBER = /^([A-Z]{2,8})-(\d{4})-(\d{4,})$/;

export function parseCaseNumber(text: string): { prefix: string; year: number; serial: number } | null {
  const m = CASE_NUMBER.exec(text.trim().toUpperCase());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { prefix: m[1], year: Number(m[2]), serial: Number(m[3]) };
}
