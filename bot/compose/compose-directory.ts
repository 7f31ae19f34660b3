import { join } from 'node:path';
import type { ReportsConfig } from '../config';
import type { Directory, Fallback } from '../domain/directory/directory';
import type { Clock } from '../domain/ports';
import { GraphDirectory } from '../infra/directory/graph-directory';
import { loadYamlDirectoryOrThrow } from '../infra/directory/yaml-directory';
import type { Logger } from '../infra/logger';

/** Who manages whom, the last resort, and who may see every case. */
export interface DirectorySetup {
  directory: Directory;
  fallback: Fallback;
  admins: string[];
}

/**
 * knowledge/directory.yaml always gives the on-call fallback and the admins; the managers come
 * from it too, or from Microsoft Graph when DIRECTORY=graph.
 */
export function composeDirectory(knowledgeDir: string, reports: Pick<ReportsConfig, 'directory' | 'graph'>, clock: Clock, logger: Logger): DirectorySetup {
  const yaml = loadYamlDirectoryOrThrow(join(knowledgeDir, 'directory.yaml'));
  const directory = reports.directory === 'graph' && reports.graph ? new GraphDirectory(reports.graph, { clock, logger }) : yaml;
  return { directory, fallback: yaml.fallback, admins: yaml.admins.map((p) => p.aadObjectId) };
}
