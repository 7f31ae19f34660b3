import { ActivityEventNames, ActivityTypes, type Activity, type MiddlewareHandler } from 'botbuilder';
import type { Logger } from '../infra/logger';

/**
 * The tenants an activity says it comes from: `channelData.tenant.id` (Teams) and
 * `conversation.tenantId`. Lower-cased, because a tenant id is a GUID and case carries no meaning.
 */
export function tenantsOf(activity: Partial<Activity>): string[] {
  const channelData: unknown = activity.channelData;
  const fromChannelData = isRecord(channelData) && isRecord(channelData.tenant) ? channelData.tenant.id : undefined;
  const fromConversation = activity.conversation?.tenantId as unknown;
  const ids = [fromChannelData, fromConversation].filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase());
  return [...new Set(ids)];
}

/** True when the activity names our tenant and no other. An activity naming no tenant is not ours. */
export function isFromTenant(activity: Partial<Activity>, tenantId: string): boolean {
  const tenants = tenantsOf(activity);
  return tenants.length > 0 && tenants.every((id) => id === tenantId.toLowerCase());
}

/**
 * Our own proactive turns (`continueConversationAsync`, `createConversationAsync`) also run through
 * adapter middleware; their synthetic event may carry no tenant, and must never be dropped.
 */
const PROACTIVE_EVENTS: ReadonlySet<string> = new Set([ActivityEventNames.ContinueConversation, ActivityEventNames.CreateConversation]);

function isOwnProactiveTurn(activity: Partial<Activity>): boolean {
  return activity.type === ActivityTypes.Event && PROACTIVE_EVENTS.has(activity.name ?? '');
}

/**
 * Adapter middleware: a single-tenant bot answers only its own organisation. Token validation
 * proves the request came from the Bot Framework, not which tenant the user is in (a Teams app can
 * be used from other tenants via shared channels and external chats), so this checks the tenant
 * the activity names. Other tenants' activities are dropped before any route runs: nothing is
 * stored or sent, the HTTP answer is an empty 200, and the log has ids only.
 */
export function tenantGuard(tenantId: string, logger: Logger): MiddlewareHandler {
  return async (context, next) => {
    const activity = context.activity;
    if (isOwnProactiveTurn(activity) || isFromTenant(activity, tenantId)) return next();
    logger.warn({ activityId: activity.id, type: activity.type, conversationId: activity.conversation?.id, tenants: tenantsOf(activity) }, 'activity from another tenant ignored');
    // Without an invoke response the adapter would answer 501.
    if (activity.type === ActivityTypes.Invoke) await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
