import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** Bot Framework activities as Teams sends them, for tests that post to /api/messages. */
export interface ActivityOptions {
  serviceUrl: string;
  conversationId?: string;
  id?: string;
  locale?: string;
  userId?: string;
}

export const BOT = { id: '28:riktlinjeboten', name: 'Riktlinjeboten' };
export const USER = { id: '29:alex', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020' };
export const TENANT = '00000000-0000-0000-0000-0000000000001';

function base(type: string, o: ActivityOptions): Partial<Activity> {
  return {
    type,
    id: o.id ?? randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date(),
    locale: o.locale ?? 'sv-SE',
    from: { ...USER, id: o.userId ?? USER.id },
    recipient: BOT,
    conversation: { id: o.conversationId ?? 'a:personal-chat', conversationType: 'personal', tenantId: TENANT, isGroup: false, name: '' },
    channelData: { tenant: { id: TENANT } },
  };
}

export function message(text: string | undefined, o: ActivityOptions & { attachments?: Activity['attachments']; entities?: Activity['entities'] }): Partial<Activity> {
  return { ...base('message', o), ...(text === undefined ? {} : { text }), textFormat: 'plain', attachments: o.attachments ?? [], entities: o.entities ?? [] };
}

/** A message that @mentions the bot, as Teams writes it in group chats. */
export function mentioning(text: string, o: ActivityOptions): Partial<Activity> {
  const mention = `<at>${BOT.name}</at>`;
  return message(`${mention} ${text}`, { ...o, entities: [{ type: 'mention', text: mention, mentioned: BOT }] });
}

export function membersAdded(members: { id: string; name: string }[], o: ActivityOptions): Partial<Activity> {
  return { ...base('conversationUpdate', o), membersAdded: members, channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded' } };
}

/** A click on an Action.Execute button: an `adaptiveCard/action` invoke. `replyToId` is the card's activity id. */
export function actionExecute(verb: string, data: Record<string, unknown>, o: ActivityOptions & { replyToId?: string }): Partial<Activity> {
  return { ...base('invoke', o), name: 'adaptiveCard/action', replyToId: o.replyToId ?? 'activity-card', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } };
}

/** The Action.Submit fallback of a button: a message with `value` and no text. */
export function actionSubmit(data: Record<string, unknown>, o: ActivityOptions & { replyToId?: string }): Partial<Activity> {
  return { ...base('message', o), replyToId: o.replyToId ?? 'activity-card', value: data };
}

export function ofType(type: string, o: ActivityOptions): Partial<Activity> {
  return base(type, o);
}
