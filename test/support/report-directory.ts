import type { Person } from '../../bot/domain/directory/directory';
import type { DirectorySetup } from '../../bot/compose/compose-directory';
import { YamlDirectory } from '../../bot/infra/directory/yaml-directory';
import { USER } from './activities';

/** The people of the report tests: Alex (the simulator's user) reports, Megan is his manager. */
export const PEOPLE = {
  alex: { aadObjectId: USER.aadObjectId, name: 'Alex Wilber' },
  megan: { aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' },
  adele: { aadObjectId: '00000000-0000-0000-0000-0000000000022', name: 'Adele Vance' },
  isaiah: { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Isaiah Langer' },
  patti: { aadObjectId: '00000000-0000-0000-0000-0000000000024', name: 'Patti Fernandez' },
  lynne: { aadObjectId: '00000000-0000-0000-0000-0000000000025', name: 'Lynne Robbins' },
  /** In no unit and no chain: may not act on anyone's case. */
  nils: { aadObjectId: '00000000-0000-0000-0000-0000000000026', name: 'Nils Utomstående' },
} satisfies Record<string, Person>;

/**
 * Alex's chain: Megan (manager), Adele (deputy), Isaiah (Megan's manager), Patti (on call).
 * Lynne is an admin. Built in memory, as loadYamlDirectory builds it from directory.yaml.
 */
export function testDirectory(): DirectorySetup {
  const yaml = new YamlDirectory({
    people: Object.fromEntries(Object.entries(PEOPLE).map(([k, p]) => [k, { ...p }])),
    units: [
      { id: 'kansliet', name: 'Kansliet', manager: 'megan', deputies: ['adele'], members: ['alex'], parent: 'ledningen', demo: false },
      { id: 'ledningen', name: 'Ledningen', manager: 'isaiah', deputies: [], members: [], demo: false },
    ],
    fallback: { onCall: { title: { sv: 'Tjänsteman i beredskap', en: 'Duty officer' }, people: ['patti'] } },
    admins: ['lynne'],
  });
  return { directory: yaml, fallback: yaml.fallback, admins: yaml.admins.map((p) => p.aadObjectId) };
}
