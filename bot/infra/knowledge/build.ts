import type { Contact, KnowledgeBase, KnowledgeEntry, NotCoveredArea, SynonymGroup } from '../../domain/knowledge/types';

/**
 * Turns schema-checked data into the domain types. Only called when every file is valid,
 * so the casts state what the schemas have already checked.
 */
export interface ValidData {
  faq: { entries: KnowledgeEntry[] }[];
  synonyms: { groups: SynonymGroup[] };
  contacts: { contacts: Record<string, Contact> };
  reports: { flows: { id: string }[] };
  /** knowledge/utanfor.yaml, when there is one. */
  notCovered?: { areas: NotCoveredArea[] | null };
}

function entry(e: KnowledgeEntry): KnowledgeEntry {
  const built: KnowledgeEntry = {
    id: e.id,
    title: { sv: e.title.sv, en: e.title.en },
    answer: { sv: e.answer.sv, en: e.answer.en },
    questions: { sv: [...e.questions.sv], en: [...e.questions.en] },
    keywords: [...(e.keywords ?? [])],
    source: e.source,
    owner: e.owner,
    reviewed: e.reviewed,
    related: [...(e.related ?? [])],
  };
  if (e.report !== undefined) built.report = e.report;
  if (e.situation !== undefined) built.situation = e.situation;
  return built;
}

function area(a: NotCoveredArea): NotCoveredArea {
  return {
    id: a.id,
    title: { sv: a.title.sv, en: a.title.en },
    refer: { sv: a.refer.sv, en: a.refer.en },
    questions: { sv: [...a.questions.sv], en: [...a.questions.en] },
    keywords: [...(a.keywords ?? [])],
  };
}

function contact(c: Contact): Contact {
  const built: Contact = { name: { sv: c.name.sv, en: c.name.en } };
  if (c.phone !== undefined) built.phone = c.phone;
  if (c.email !== undefined) built.email = c.email;
  return built;
}

export function buildKnowledgeBase(data: ValidData): KnowledgeBase {
  return {
    entries: data.faq.flatMap((file) => file.entries.map(entry)),
    notCovered: (data.notCovered?.areas ?? []).map(area),
    synonyms: data.synonyms.groups.map((g) => [...g]),
    contacts: Object.fromEntries(Object.entries(data.contacts.contacts).map(([id, c]) => [id, contact(c)])),
    reportFlows: data.reports.flows.map((f) => f.id),
  };
}
