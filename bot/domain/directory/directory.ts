/** Someone the bot can reach in Teams: the AAD object id is what a 1:1 chat is created with. */
export interface Person {
  aadObjectId: string;
  name: string;
  email?: string;
}

/**
 * Who manages whom. Two implementations: Microsoft Graph (app-only) and the YAML directory
 * kansliet edits. Async because Graph is a network call; never call it inside an invoke handler.
 */
export interface Directory {
  /** The nearest manager, or null when none is set. */
  managerOf(aadObjectId: string): Promise<Person | null>;
  /** Who stands in for this manager, in order; empty when none (Graph has no such notion). */
  deputiesOf(managerAadObjectId: string): Promise<Person[]>;
  /** Finds a known person, e.g. to name the reporter when Teams gave only an id. */
  person(aadObjectId: string): Promise<Person | null>;
}

export type ChainRole = 'manager' | 'deputy' | 'skip-level' | 'on-call';

export interface ChainLink {
  person: Person;
  role: ChainRole;
}

/** Configured last resort, e.g. tjänsteman i beredskap. */
export interface Fallback {
  onCall: Person[];
}

/**
 * Who gets a report, in order: the nearest manager, the manager's deputies, the manager's own
 * manager, then the on-call fallback. Nobody appears twice. The reporter is left out, except in a
 * directory's demo unit where the reporter is their own manager (so the local simulator, which
 * shows only the reporter's chats, can show the manager's card).
 */
export async function assigneeChain(reporterId: string, directory: Directory, fallback: Fallback): Promise<ChainLink[]> {
  const links: ChainLink[] = [];
  const manager = await directory.managerOf(reporterId);
  if (manager) {
    links.push({ person: manager, role: 'manager' });
    for (const deputy of await directory.deputiesOf(manager.aadObjectId)) links.push({ person: deputy, role: 'deputy' });
    const skipLevel = await directory.managerOf(manager.aadObjectId);
    if (skipLevel) links.push({ person: skipLevel, role: 'skip-level' });
  }
  for (const person of fallback.onCall) links.push({ person, role: 'on-call' });
  const selfManaged = manager?.aadObjectId === reporterId;
  return dedupe(links).filter((l, i) => l.person.aadObjectId !== reporterId || (selfManaged && i === 0));
}

function dedupe(links: ChainLink[]): ChainLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = l.person.aadObjectId.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
