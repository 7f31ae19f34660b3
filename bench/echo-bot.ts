import { Application } from '@microsoft/teams-ai';
import { ActivityTypes, type Activity } from 'botbuilder';
import type { Server } from 'restify';
import { createServer } from '../bot/http/server';
import { createLogger } from '../bot/infra/logger';
import { createAdapter } from '../bot/teams/adapter';

export interface EchoServerOptions {
  maxBodyBytes?: number;
  /** Sent instead of the echoed text: the second baseline, an echo bot that answers with an answer card. */
  reply?: Partial<Activity>;
}

/**
 * The benchmark's baseline: the same stack as the bot (restify, the same server, the same anonymous
 * TeamsAdapter, a teams-ai Application with the same options) that only replies with the text it got.
 * The ratio bot/echo is then the cost of our own work. With `reply`, it sends that activity instead,
 * so the cost of answering with a card can be told apart from the cost of finding the answer.
 * Call `listen(0)` on the result.
 */
export function createEchoServer(options: EchoServerOptions = {}): Server {
  const logger = createLogger('silent');
  const adapter = createAdapter({ appId: '', appPassword: '', tenantId: '', appType: 'SingleTenant' }, logger);
  const app = new Application({ adapter, removeRecipientMention: true, startTypingTimer: true, longRunningMessages: false });
  app.activity(ActivityTypes.Message, async (context) => {
    await context.sendActivity(options.reply ?? context.activity.text ?? '');
  });
  return createServer({ adapter, bot: app, health: () => ({ knowledgeVersion: 0, entries: 0 }), maxBodyBytes: options.maxBodyBytes ?? 262_144, logger });
}
