import { Json } from './schemas';

/**
 * Limits the Teams client shows without cutting text. Schemas up to v1.17 enforced them;
 * later ones allow 128/4000, but the command menu still truncates long titles.
 */
export const COMMAND_TITLE_MAX = 32;
export const COMMAND_DESCRIPTION_MAX = 128;

export interface CommandText {
  where: string;
  title: string;
  description: string;
}

/** Every bot command, in the manifest's default language. */
export function manifestCommands(manifest: Json): CommandText[] {
  const bots = (manifest['bots'] ?? []) as Array<{ commandLists?: Array<{ commands?: Array<{ title?: string; description?: string }> }> }>;
  return bots.flatMap((bot, b) =>
    (bot.commandLists ?? []).flatMap((list, l) =>
      (list.commands ?? []).map((c, i) => ({
        where: `bots[${b}].commandLists[${l}].commands[${i}]`,
        title: c.title ?? '',
        description: c.description ?? '',
      })),
    ),
  );
}

/** The same commands as translated in a localization file (missing keys fall back to the manifest). */
export function localizedCommands(manifest: Json, localization: Json): CommandText[] {
  return manifestCommands(manifest).map((c) => ({
    where: c.where,
    title: String(localization[`${c.where}.title`] ?? c.title),
    description: String(localization[`${c.where}.description`] ?? c.description),
  }));
}

export function commandLimitProblems(commands: CommandText[], file: string): string[] {
  return commands.flatMap((c) => [
    ...(c.title.length > COMMAND_TITLE_MAX ? [`${file}: ${c.where}.title "${c.title}" is longer than ${COMMAND_TITLE_MAX} characters.`] : []),
    ...(c.description.length > COMMAND_DESCRIPTION_MAX ? [`${file}: ${c.where}.description is longer than ${COMMAND_DESCRIPTION_MAX} characters.`] : []),
  ]);
}
