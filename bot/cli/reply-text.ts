import type { Reply } from '../domain/knowledge/respond';
import { texts } from '../teams/texts';

/** The bot's reply as plain text, for the terminal: the same content the Teams cards show. */
export function replyText(reply: Reply): string {
  const t = texts[reply.understanding.lang];
  switch (reply.kind) {
    case 'answer':
      return [`${reply.title}`, '', reply.text, '', t.answer.source(reply.source), ...related(reply.related.map((r) => r.title), t.answer.related)].join('\n');
    case 'report': {
      const flow = t.report.flows[reply.flow] ?? t.report.otherFlow;
      const emergency = reply.flow === 'phone-threat' ? [t.report.emergency, ''] : [];
      return [flow.title, '', ...emergency, flow.instruction, ...(reply.text ? ['', t.report.guideline, reply.text] : [])].join('\n');
    }
    case 'did-you-mean':
      return [t.didYouMean.title, ...reply.options.map((o) => `- ${o.title}`), `- ${t.didYouMean.noneOfThese}`].join('\n');
    case 'smalltalk':
      return t.smalltalk[reply.smalltalk];
    case 'fallback':
      if (reply.referral) return [t.notCovered.title, '', t.notCovered.body, reply.referral].join('\n');
      return [t.fallback.title, '', t.fallback.body].join('\n');
  }
}

function related(titles: string[], heading: string): string[] {
  return titles.length ? ['', `${heading}:`, ...titles.map((x) => `- ${x}`)] : [];
}
