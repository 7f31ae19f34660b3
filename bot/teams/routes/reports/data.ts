import { z } from 'zod';

const lang = z.enum(['sv', 'en']).catch('sv');

/** The form's own data plus every input (Action.Submit adds `verb`); inputs are validated by the domain. */
export const formData = z
  .object({ flow: z.string().trim().min(1).max(100), submissionKey: z.string().trim().min(1).max(100), lang })
  .passthrough();

/** What a case card's buttons carry (plus the card's inputs: note, check.<item>). */
export const caseActionData = z.object({ caseId: z.string().trim().min(1).max(40), version: z.coerce.number().int().min(0) }).passthrough();

export const caseRefreshData = z.object({ caseId: z.string().trim().min(1).max(40) }).passthrough();

export type FormData = z.infer<typeof formData>;
export type CaseActionData = z.infer<typeof caseActionData>;
