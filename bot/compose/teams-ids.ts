import type { Case } from '../domain/cases/case';

/** What a stored conversation reference tells about its person: their Teams id (MRI, "29:…"). */
export interface ReferenceLookup {
  get(aadObjectId: string): Promise<{ user?: { id?: string } } | null>;
}

/**
 * The Teams ids of a case's assignee chain, for the card's refresh list: known for everyone who
 * has written to the bot (their conversation reference holds it); the others are left out.
 */
export function chainTeamsIds(refs: ReferenceLookup): (c: Case) => Promise<string[]> {
  return async (c) => {
    const ids = await Promise.all(c.chain.map(async (l) => (await refs.get(l.person.aadObjectId).catch(() => null))?.user?.id));
    return ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  };
}
