import type { CaseStatusChange } from '../outbox/message';
import type { ManagerActionId } from '../reports/definition';

/** What a card button asks for; parsed from Action.Execute data by the Teams route. */
export type CaseCommand =
  | { type: 'acknowledge' }
  | { type: 'status'; status: CaseStatusChange }
  | { type: 'checklist'; items: Record<string, boolean> }
  | { type: 'note'; text: string }
  | { type: 'close' };

/** The report definition's action that permits a command. */
export function actionFor(command: CaseCommand): ManagerActionId {
  switch (command.type) {
    case 'status':
      return command.status;
    default:
      return command.type;
  }
}

/** Card verbs, e.g. "case.acknowledge", map onto commands; anything else is not a case command. */
export function parseCommand(verb: string, data: Readonly<Record<string, unknown>>): CaseCommand | null {
  switch (verb) {
    case 'acknowledge':
    case 'close':
      return { type: verb };
    case 'block-ordered':
    case 'blocked':
      return { type: 'status', status: verb };
    case 'note':
      return typeof data.note === 'string' ? { type: 'note', text: data.note } : null;
    case 'checklist':
      return { type: 'checklist', items: checklistItems(data) };
    default:
      return null;
  }
}

/** Input.Toggle values arrive as "true"/"false" under keys "check.<item id>". */
function checklistItems(data: Readonly<Record<string, unknown>>): Record<string, boolean> {
  const items: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('check.')) items[key.slice('check.'.length)] = value === true || value === 'true';
  }
  return items;
}
