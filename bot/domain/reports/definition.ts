import type { Localized } from '../knowledge/types';

/** The kinds of input a report form can hold; each maps to one Adaptive Card input. */
export type FieldKind = 'text' | 'multiline' | 'datetime' | 'toggle' | 'choice' | 'phone';

export interface FieldChoice {
  value: string;
  label: Localized;
}

export interface FieldDefinition {
  id: string;
  kind: FieldKind;
  label: Localized;
  required: boolean;
  /** For text, multiline and phone. */
  maxLength?: number;
  /** Only for kind choice. */
  choices?: FieldChoice[];
}

export interface ChecklistItem {
  id: string;
  label: Localized;
}

/** What the manager can do from the card; the verbs of the card's Action.Execute buttons. */
export type ManagerActionId = 'acknowledge' | 'block-ordered' | 'blocked' | 'checklist' | 'note' | 'close';

export const MANAGER_ACTION_IDS: readonly ManagerActionId[] = ['acknowledge', 'block-ordered', 'blocked', 'checklist', 'note', 'close'];

export interface ManagerAction {
  id: ManagerActionId;
  label: Localized;
}

/** One report type as kansliet defines it in knowledge/reports.yaml. */
export interface ReportDefinition {
  /** Stable id, e.g. phone-threat; never renamed (cases refer to it). */
  id: string;
  /** Case number prefix, e.g. HOT gives HOT-2026-0042. */
  prefix: string;
  title: Localized;
  /** Shown before the form: what matters right now. */
  intro: Localized;
  fields: FieldDefinition[];
  checklist: ChecklistItem[];
  actions: ManagerAction[];
  /** Minutes the assignee has to acknowledge before the case goes to the next in line. */
  escalateAfterMinutes: number;
}

export interface ReportDefinitions {
  flows: ReportDefinition[];
}

export function findDefinition(defs: ReportDefinitions, id: string): ReportDefinition | undefined {
  return defs.flows.find((flow) => flow.id === id);
}

export function allows(def: ReportDefinition, action: ManagerActionId): boolean {
  return def.actions.some((a) => a.id === action);
}
