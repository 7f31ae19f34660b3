import { Application, type TeamsAdapter } from '@microsoft/teams-ai';
import type { TeamsDeps } from './deps';
import { registerDedupe } from './routes/dedupe';
import { registerFeedback } from './routes/feedback';
import { registerHelp } from './routes/help';
import { registerNoneOfThese } from './routes/none-of-these';
import { registerAskAction, registerQuestions } from './routes/question';
import { registerReportStart } from './routes/report-start';
import { registerReferenceCapture } from './routes/reports/capture-reference';
import { registerCaseActions } from './routes/reports/case-actions';
import { registerCaseRefresh } from './routes/reports/case-refresh';
import { registerReportCommands } from './routes/reports/start';
import { registerReportSubmit } from './routes/reports/submit';
import { registerStaleActions } from './routes/stale-action';
import { registerTopic } from './routes/topic';
import { registerWelcome } from './routes/welcome';

/**
 * The Teams bot. Routes are tried in registration order and the first match wins, so the order is
 * the design: card actions before commands, commands before the catch-all question.
 * Pass the adapter when something must send proactively (reports).
 */
export function createTeamsApp(deps: TeamsDeps, adapter?: TeamsAdapter): Application {
  // No turn-state storage: our data lives in our own store (teams-ai's eTags conflict under load).
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: true, longRunningMessages: false });
  // Before the dedupe: a re-sent activity still tells us where the person's chat is.
  registerReferenceCapture(app, deps);
  registerDedupe(app, deps);
  registerWelcome(app);
  registerFeedback(app, deps);
  registerTopic(app, deps);
  registerNoneOfThese(app, deps);
  registerReportStart(app, deps);
  registerReportSubmit(app, deps);
  registerCaseActions(app, deps);
  registerCaseRefresh(app, deps);
  registerStaleActions(app);
  registerAskAction(app, deps);
  registerHelp(app);
  registerReportCommands(app, deps);
  registerQuestions(app, deps);
  return app;
}
