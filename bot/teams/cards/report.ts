import type { Lang } from '../../domain/knowledge/types';
import { texts } from '../texts';
import { card, heading, text, type Card, type CardElement } from './adaptive';

/** A report flow's instruction, until the report form exists. The guideline text is shown when known. */
export interface ReportInstruction {
  flow: string;
  lang: Lang;
  guideline: { text: string; source: string } | null;
}

/** Flows where someone may be in danger: 112 comes first. */
const DANGER_FLOWS = new Set(['phone-threat']);

export function reportCard(r: ReportInstruction): Card {
  const t = texts[r.lang];
  const flow = t.report.flows[r.flow] ?? t.report.otherFlow;
  const body: CardElement[] = [
    ...(DANGER_FLOWS.has(r.flow) ? [text(t.report.emergency, { size: 'Large', weight: 'Bolder', color: 'Attention' })] : []),
    heading(flow.title),
    text(flow.instruction, { weight: 'Bolder' }),
    ...guidelineSection(r),
  ];
  return card(DANGER_FLOWS.has(r.flow) ? `${t.report.emergency} ${flow.instruction}` : flow.instruction, body);
}

function guidelineSection(r: ReportInstruction): CardElement[] {
  if (!r.guideline) return [];
  const t = texts[r.lang];
  return [
    text(t.report.guideline, { size: 'Small', weight: 'Bolder', spacing: 'Medium', separator: true }),
    text(r.guideline.text),
    text(t.answer.source(r.guideline.source), { size: 'Small', isSubtle: true }),
  ];
}
