import { suggest } from './closest';
import { offsetOf, position, problemAt, problemAtText } from './locate';
import type { YamlSource } from './parse-yaml';
import type { KbProblem } from './problem';

/** One item of a list in a parsed file (an entry, a flow, a synonym group), with where it stands. */
export interface ItemRef {
  source: YamlSource;
  listKey: string;
  index: number;
  item: unknown;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : '')) : [];
}

function idOf(ref: ItemRef): string | undefined {
  const id = record(ref.item).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** A value found at one spot; `owner` is the list item it belongs to. */
interface Occurrence {
  owner: ItemRef;
  path: (string | number)[];
  text: string;
}

/**
 * Every occurrence of a key that occurs in more than one owner, each paired with another
 * occurrence, so both places get a line: kansliet may have edited either of them.
 */
function clashes(occurrences: Occurrence[], key: (text: string) => string): { here: Occurrence; other: Occurrence }[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const k = key(o.text);
    if (k === '') continue;
    const group = groups.get(k) ?? [];
    if (!group.some((g) => g.owner === o.owner)) group.push(o);
    groups.set(k, group);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .flatMap((group) => group.map((here, i) => ({ here, other: group[i === 0 ? 1 : 0] as Occurrence })));
}

function at(o: Occurrence, message: string): KbProblem {
  return problemAt(o.owner.source, o.path, message);
}

function whereIs(o: Occurrence): string {
  const { line } = position(o.owner.source.lineCounter, offsetOf(o.owner.source, o.path));
  return `${o.owner.source.file}, rad ${line}`;
}

/** Each item's non-empty text under `key` ("id", "situation"), with where it stands. */
function valuesAt(refs: ItemRef[], key: string): Occurrence[] {
  return refs.flatMap((ref) => {
    const text = record(ref.item)[key];
    return typeof text === 'string' && text !== '' ? [{ owner: ref, path: [ref.listKey, ref.index, key], text }] : [];
  });
}

/** The same id twice, in one file or across files. `noun` names what the id belongs to. */
export function duplicateIds(refs: ItemRef[], noun: string): KbProblem[] {
  return clashes(valuesAt(refs, 'id'), (id) => id).map(({ here, other }) =>
    at(here, `Id:t "${here.text}" används också i ${whereIs(other)}. Varje ${noun} behöver ett eget id.`),
  );
}

/** A situation answers with one topic only: two topics claiming it would leave the choice to file order. */
export function duplicateSituations(entries: ItemRef[]): KbProblem[] {
  return clashes(valuesAt(entries, 'situation'), (s) => s).map(({ here, other }) =>
    at(here, `Situationen "${here.text}" tas också upp av ${whereIs(other)}. Bara ett ämne kan svara på en situation.`),
  );
}

export function knownIds(refs: ItemRef[]): string[] {
  return refs.map(idOf).filter((id): id is string => id !== undefined);
}

export function unknownRelated(entries: ItemRef[]): KbProblem[] {
  const ids = knownIds(entries);
  const known = new Set(ids);
  return entries.flatMap((ref) =>
    strings(record(ref.item).related).flatMap((rel, j) => {
      const path = [ref.listKey, ref.index, 'related', j];
      if (rel === idOf(ref)) return [problemAt(ref.source, path, `Ämnet hänvisar till sig självt. Ta bort "${rel}" från related.`)];
      if (rel === '' || known.has(rel)) return [];
      return [problemAt(ref.source, path, `Okänt relaterat ämne "${rel}".${suggest(rel, ids)}`)];
    }),
  );
}

export function unknownReportFlows(entries: ItemRef[], flows: string[]): KbProblem[] {
  return entries.flatMap((ref) => {
    const report = record(ref.item).report;
    if (typeof report !== 'string' || flows.includes(report)) return [];
    const hint = suggest(report, flows) || ' Det finns inga rapportflöden i reports.yaml.';
    return [problemAt(ref.source, [ref.listKey, ref.index, 'report'], `Okänt rapportflöde "${report}".${hint}`)];
  });
}

/** Questions differing only in case, spacing or a final ?/!/. count as the same question. */
export function questionKey(question: string): string {
  return question.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s?!.]+$/, '');
}

export function duplicateQuestions(entries: ItemRef[]): KbProblem[] {
  const questions = entries.flatMap((ref) => {
    const byLang = record(record(ref.item).questions);
    return ['sv', 'en'].flatMap((lang) =>
      strings(byLang[lang]).map((text, i) => ({ owner: ref, path: [ref.listKey, ref.index, 'questions', lang, i], text })),
    );
  });
  return clashes(questions, questionKey).map(({ here, other }) => {
    const otherId = idOf(other.owner) ?? `nr ${other.owner.index + 1}`;
    return at(here, `Frågan "${here.text}" finns också i ${other.owner.listKey === 'areas' ? 'området' : 'ämnet'} "${otherId}" (${whereIs(other)}). Samma fråga får bara finnas på ett ställe.`);
  });
}

const ANY_PLACEHOLDER = /\{\s*kontakt[^}]*\}/gi;
const PLACEHOLDER = /^\{kontakt:([a-z0-9-]+)\}$/;

/** Placeholders in `field` (an entry's answer, an area's referral) must name a contact in contacts.yaml. */
export function unknownContacts(entries: ItemRef[], contactIds: string[], field: 'answer' | 'refer' = 'answer'): KbProblem[] {
  return entries.flatMap((ref) => {
    const texts = record(record(ref.item)[field]);
    return ['sv', 'en'].flatMap((lang) => {
      const text = texts[lang];
      if (typeof text !== 'string') return [];
      const path = [ref.listKey, ref.index, field, lang];
      return [...text.matchAll(ANY_PLACEHOLDER)].flatMap(([whole]) => {
        const id = PLACEHOLDER.exec(whole)?.[1];
        if (id === undefined) {
          const message = `Platshållaren "${whole}" är felskriven. Skriv den som {kontakt:id} utan mellanslag, t.ex. {kontakt:vaxeln}.`;
          return [problemAtText(ref.source, path, whole, message)];
        }
        if (contactIds.includes(id)) return [];
        const hint = suggest(id, contactIds) || ' Det finns inga kontakter i contacts.yaml.';
        return [problemAtText(ref.source, path, whole, `Okänd kontakt "${whole}".${hint} Kontakterna finns i contacts.yaml.`)];
      });
    });
  });
}

/** A word in two synonym groups would make the groups merge in surprising ways. */
export function duplicateSynonyms(groups: ItemRef[]): KbProblem[] {
  const words = groups.flatMap((ref) => strings(ref.item).map((text, j) => ({ owner: ref, path: [ref.listKey, ref.index, j], text })));
  return clashes(words, (w) => w.toLowerCase().trim()).map(({ here, other }) =>
    at(here, `Ordet "${here.text}" finns också i synonymgrupp nr ${other.owner.index + 1} (${whereIs(other)}). Ett ord får bara finnas i en grupp.`),
  );
}
