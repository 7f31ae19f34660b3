import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { actionExecute, message } from '../../test/support/activities';
import { seededRandom } from '../../test/support/seeded-random';
import { since } from '../stats';

/** People in knowledge/directory.yaml's demo unit: their reports reach a manager (Alex). */
const REPORTERS = [
  { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' },
  { aadObjectId: '00000000-0000-0000-0000-0000000000023', name: 'Isaiah Langer' },
];

export interface LoadPlan {
  url: string;
  serviceUrl: string;
  users: number;
  warmupMs: number;
  measureMs: number;
  /** Share of turns that are a submitted report form (the rest are questions). */
  reportShare: number;
  questions: readonly string[];
  seed: number;
  /** The bot must answer a report with its case number; the echo bot only has to answer. */
  expectConfirmation: boolean;
}

export interface LoadSamples {
  questionMs: number[];
  reportMs: number[];
  errors: number;
  /** First few error descriptions, for the log. */
  errorKinds: string[];
  elapsedMs: number;
}

/**
 * Closed-loop virtual users: each sends a turn, waits for the answer, sends the next, with no
 * think time, for warm-up plus measurement; only turns that start in the measurement window count.
 */
export async function runVirtualUsers(plan: LoadPlan): Promise<LoadSamples> {
  const samples: LoadSamples = { questionMs: [], reportMs: [], errors: 0, errorKinds: [], elapsedMs: plan.measureMs };
  const start = Date.now();
  const measureFrom = start + plan.warmupMs;
  const end = measureFrom + plan.measureMs;
  const user = async (u: number) => {
    const random = seededRandom(plan.seed + u);
    for (let turn = 0; Date.now() < end; turn++) {
      const isReport = random() < plan.reportShare;
      const body = isReport ? reportActivity(u, turn, plan.serviceUrl) : questionActivity(u, plan.questions[Math.floor(random() * plan.questions.length)] ?? 'hej', plan.serviceUrl);
      const counted = Date.now() >= measureFrom;
      const t0 = process.hrtime.bigint();
      const problem = await post(plan.url, body, isReport && plan.expectConfirmation);
      const ms = since(t0);
      if (!counted) continue;
      if (problem) {
        samples.errors += 1;
        if (samples.errorKinds.length < 5) samples.errorKinds.push(problem);
      } else (isReport ? samples.reportMs : samples.questionMs).push(ms);
    }
  };
  await Promise.all(Array.from({ length: plan.users }, (_, u) => user(u)));
  return samples;
}

function questionActivity(u: number, text: string, serviceUrl: string): Partial<Activity> {
  return message(text, { serviceUrl, conversationId: `a:load-${u}`, userId: `29:load-${u}` });
}

function reportActivity(u: number, turn: number, serviceUrl: string): Partial<Activity> {
  const reporter = REPORTERS[(u + turn) % REPORTERS.length]!;
  const at = new Date(Date.now() - 60 * 60_000);
  const [date, time] = at.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' }).split(' ');
  const data = {
    flow: 'lost-phone', submissionKey: randomUUID(), lang: 'sv',
    'phone-number': '070-123 45 67', 'lost-or-stolen': 'lost', 'when.date': date, 'when.time': time?.slice(0, 5), where: 'Bussen', 'locked-with-code': 'yes',
  };
  const activity = actionExecute('report.submit', data, { serviceUrl, conversationId: `a:load-${u}` });
  return { ...activity, from: { id: `29:${reporter.aadObjectId.slice(-4)}`, name: reporter.name, aadObjectId: reporter.aadObjectId } };
}

/** Null when the turn succeeded; else what went wrong. A report must come back confirmed. */
async function post(url: string, body: unknown, mustConfirm: boolean): Promise<string | null> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    if (res.status >= 400) return `HTTP ${res.status}`;
    if (mustConfirm && !/MOB-\d{4}-\d{4}/u.test(text)) return 'report not confirmed';
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
