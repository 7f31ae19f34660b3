import { z } from 'zod';

const account = z.object({ id: z.string().optional() }).passthrough();
/** Who sent it, to whom, where: the Bot Framework always sends these, and teams-ai cannot run a turn without them. */
const addressed = z.object({ id: z.string().min(1).max(1000) }).passthrough();
const optionalString = z.string().max(100_000).optional();

/**
 * The outline of a Bot Framework activity: the fields the bot reads must have the right types.
 * Anything else passes through untouched. A body that fails this is a bad request (400), not a
 * turn that crashes halfway (500).
 */
export const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    id: optionalString,
    name: optionalString,
    text: optionalString,
    locale: optionalString,
    // Where replies go; without it a turn waits on retries to nowhere.
    serviceUrl: z.string().max(2000).url().regex(/^https?:\/\//iu),
    replyToId: optionalString,
    channelId: z.string().min(1).max(100),
    from: addressed,
    recipient: addressed,
    conversation: addressed,
    membersAdded: z.array(account).optional(),
    attachments: z.array(z.object({ contentType: z.string().optional() }).passthrough()).optional(),
    entities: z.array(z.object({ type: z.string().optional() }).passthrough()).optional(),
    channelData: z.object({}).passthrough().optional(),
  })
  .passthrough();

export function isActivityShaped(body: unknown): boolean {
  return activityShape.safeParse(body).success;
}
