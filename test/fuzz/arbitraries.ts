import fc from 'fast-check';
import { verbs } from '../../bot/teams/card-actions';
import { CANCEL_VERB, REFRESH_VERB, SUBMIT_VERB } from '../../bot/teams/cards/reports';
import { BOT, TENANT, USER } from '../support/activities';

/** Generators for the fuzz tests: activities as Teams might send them, and as nobody should. */
const KNOWN_VERBS = [...Object.values(verbs), SUBMIT_VERB, CANCEL_VERB, REFRESH_VERB, 'acknowledge', 'close', 'note', 'checklist', 'blocked', 'block-ordered'];

/** Text as people (and attackers) write it: Swedish, emoji, markup, control characters, long. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom('Hur ställer jag in röstbrevlådan?', 'hjälp', 'help', '🙂🙂🙂', '<script>alert(1)</script>', '<at>Riktlinjeboten</at> hej', '[x](https://evil.example)', '\u0000\u202e', ' ', ''),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(2000)),
);

/** Mostly present (Teams always sends it), sometimes missing, to check the 400. */
const usually = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 20 });
const account = usually(fc.record({ id: fc.oneof(fc.constant(USER.id), fc.string({ minLength: 1, maxLength: 30 })), name: fc.option(hostileText), aadObjectId: fc.option(fc.uuid()) }, { requiredKeys: ['id'] }));

/** A Bot Framework activity with any field missing, wrong or strange. */
export function anyActivity(serviceUrl: string): fc.Arbitrary<Record<string, unknown>> {
  const cardAction = fc.record({
    type: fc.constant('invoke'),
    name: fc.constant('adaptiveCard/action'),
    value: fc.oneof(
      fc.record({ action: fc.record({ type: fc.constantFrom('Action.Execute', 'Action.Submit', 'x'), verb: fc.oneof(fc.constantFrom(...KNOWN_VERBS), fc.string({ maxLength: 20 })), data: fc.oneof(fc.object(), fc.jsonValue()) }, { requiredKeys: [] }), trigger: fc.constantFrom('manual', 'automatic') }, { requiredKeys: [] }),
      fc.jsonValue(),
    ),
  });
  const submit = fc.record({ type: fc.constant('message'), value: fc.oneof(fc.record({ verb: fc.constantFrom(...KNOWN_VERBS) }).chain((v) => fc.object().map((o) => ({ ...o, ...v }))), fc.jsonValue()) });
  const other = fc.record({
    type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'messageReaction', 'messageUpdate', 'messageDelete', 'event', 'typing', 'endOfConversation', 'trace'), fc.string({ minLength: 1, maxLength: 20 })),
    name: fc.option(fc.oneof(fc.constantFrom('adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'signin/verifyState', 'healthCheck'), fc.string({ maxLength: 20 })), { nil: undefined }),
    value: fc.option(fc.jsonValue(), { nil: undefined }),
  });
  return fc
    .record(
      {
        base: fc.oneof(cardAction, submit, other),
        id: fc.option(fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })), { nil: undefined }),
        text: fc.option(hostileText, { nil: undefined }),
        locale: fc.option(fc.oneof(fc.constantFrom('sv-SE', 'en-US', 'en', 'sv'), fc.string({ maxLength: 12 })), { nil: undefined }),
        from: account,
        recipient: usually(fc.oneof(fc.constant(BOT), fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }) }))),
        conversation: usually(fc.record({ id: fc.oneof(fc.constant('a:fuzz'), fc.string({ minLength: 1, maxLength: 30 })), conversationType: fc.option(fc.constantFrom('personal', 'groupChat', 'channel')), tenantId: fc.option(fc.constant(TENANT)) }, { requiredKeys: ['id'] })),
        channelId: usually(fc.constantFrom('msteams', 'msteams', 'msteams', 'emulator', 'webchat', '')),
        replyToId: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        membersAdded: fc.option(fc.array(fc.record({ id: fc.oneof(fc.constant(BOT.id), fc.string({ maxLength: 20 })) }), { maxLength: 3 }), { nil: undefined }),
        attachments: fc.option(fc.array(fc.record({ contentType: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), content: fc.option(fc.jsonValue(), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
        entities: fc.option(fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo', 'x'), text: fc.option(hostileText, { nil: undefined }), mentioned: fc.option(fc.constant(BOT), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
        channelData: fc.option(fc.oneof(fc.constant({ tenant: { id: TENANT } }), fc.object()), { nil: undefined }),
        serviceUrl: usually(fc.oneof({ arbitrary: fc.constant(serviceUrl), weight: 6 }, fc.constantFrom('', 'not a url', 'ftp://x', 'javascript:alert(1)'))),
      },
    )
    .map(({ base, ...rest }) => dropUndefined({ ...rest, ...base }));
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/**
 * A server fault in an answer: a 5xx status, or a card action answered 200 whose Universal
 * Actions body carries a 5xx (how the bot reports a failed card action to Teams).
 */
export function isServerFault(status: number, body: unknown): boolean {
  const inner = typeof body === 'object' && body !== null ? (body as { statusCode?: unknown }).statusCode : undefined;
  return status >= 500 || (typeof inner === 'number' && inner >= 500);
}
