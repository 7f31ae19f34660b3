import type { KnowledgeBase, KnowledgeEntry, NotCoveredArea, SynonymGroup } from '../../bot/domain/knowledge/types';

/** A small knowledge base built in code, so search tests state exactly what they rely on. */
export function entry(id: string, sv: string[], en: string[] = [], extra: Partial<KnowledgeEntry> = {}): KnowledgeEntry {
  return {
    id,
    title: { sv: sv[0] ?? id, en: en[0] ?? id },
    answer: { sv: `Svar om ${id}.`, en: `Answer about ${id}.` },
    questions: { sv, en },
    keywords: [],
    source: 'Riktlinje för telefon och e-post',
    owner: 'kanslienheten',
    reviewed: '2026-11-28',
    related: [],
    ...extra,
  };
}

/** A kind of question the guideline does not answer, asked in these ways. */
export function area(id: string, sv: string[], en: string[] = [], keywords: string[] = []): NotCoveredArea {
  return { id, title: { sv: sv[0] ?? id, en: en[0] ?? id }, refer: { sv: `Fråga om ${id}.`, en: `Ask about ${id}.` }, questions: { sv, en }, keywords };
}

/** A knowledge base of just these entries, synonym groups and not-covered areas, for a test that builds its own. */
export function kbOf(entries: KnowledgeEntry[], synonyms: SynonymGroup[] = [], notCovered: NotCoveredArea[] = []): KnowledgeBase {
  return { entries, notCovered, synonyms, contacts: {}, reportFlows: [] };
}

export function tinyKb(): KnowledgeBase {
  return {
    entries: [
      entry('telesvar', ['Hur ställer jag in röstbrevlådan?', 'telesvar på mobilen'], ['How do I set up voicemail?']),
      entry('signatur', ['Vad ska stå i e-postsignaturen?', 'signatur i mejlet'], ['What goes in my email signature?']),
      entry('forlorad', ['Jag har tappat min tjänstemobil', 'borttappad jobbmobil'], ['I lost my work phone'], { report: 'lost-phone' }),
      entry('hot', ['Vad gör jag om någon hotar mig i telefon?', 'hotfullt samtal'], ['Someone threatened me on the phone'], { report: 'phone-threat' }),
      entry('sekretess', ['Vad är sekretess?', 'vad betyder sekretess'], ['What is secrecy?']),
    ],
    synonyms: [
      ['telesvar', 'röstbrevlåda', 'telefonsvarare', 'voicemail'],
      ['e-post', 'mejl', 'mail', 'email'],
      ['tjänstemobil', 'jobbmobil', 'jobbtelefon', 'work phone'],
    ],
    notCovered: [],
    contacts: {},
    reportFlows: ['lost-phone', 'phone-threat'],
  };
}
