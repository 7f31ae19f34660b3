import fc from 'fast-check';
import type { Person } from '../../bot/domain/directory/directory';
import type { Card } from '../../bot/teams/cards/adaptive';
import { managerCaseCard, reportConfirmationCard, reporterUpdateCard } from '../../bot/teams/cards/reports';
import { definition, lostPhoneForm, threatForm } from '../domain/cases/fixtures';
import { after, newCase } from '../teams/cards/reports/fixtures';

/**
 * Whatever someone types into a report or a note, the manager sees it as literal text: it never
 * lands in a TextBlock (which Teams renders as markdown, turning `[x](url)` into a link and
 * `<at>` into a mention), and no link survives even in a TextRun.
 */
const ATTACKS = [
  '[klick](https://evil.example) <at>Maja</at> **fet**',
  '<a href="https://evil.example">länk</a> <b>fet</b> &lt;at&gt;',
  'www.evil.example och HTTPS://EVIL.EXAMPLE',
  'rätt\u202Eexe.txt\u0000\u0007',
  '![bild](https://evil.example/x.png)',
];

/** Strings that look like markup, mixed with anything else. */
const hostile = fc.oneof(
  fc.constantFrom(...ATTACKS),
  fc.string({ maxLength: 200 }),
  fc.array(fc.constantFrom('[', ']', '(', ')', '*', '_', '<at>', '</at>', '<', '>', 'https://', 'www.', 'evil.example', ' ', 'å', '🙂', '\u202E', '\n'), { maxLength: 40 }).map((parts) => parts.join('')),
).filter((s) => s.trim().length > 0);

function nodes(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => nodes(n, type));
  if (node === null || typeof node !== 'object') return [];
  const obj = node as Record<string, unknown>;
  return [...(obj.type === type ? [obj] : []), ...Object.values(obj).flatMap((v) => nodes(v, type))];
}

const markdownTexts = (card: Card) => nodes(card, 'TextBlock').map((t) => String(t.text));
const literalTexts = (card: Card) => nodes(card, 'TextRun').map((t) => String(t.text));

/** The typed text is nowhere in markdown, and wherever it shows it cannot be a link or hide characters. */
function expectShownLiterally(card: Card, typed: string): void {
  const probe = typed.trim();
  if (probe.length >= 4) for (const t of markdownTexts(card)) expect(t).not.toContain(probe);
  for (const run of literalTexts(card)) {
    expect(run).not.toMatch(/:\/\//u);
    expect(run).not.toMatch(/\bwww\./iu);
    // eslint-disable-next-line no-control-regex
    expect(run).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u);
  }
}

describe('user text in the manager card', () => {
  it('shows what a phone-threat report says as literal text', () => {
    fc.assert(
      fc.property(hostile, (said) => {
        const c = newCase('phone-threat', { ...threatForm, 'what-was-said': said });
        const card = managerCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' });
        expectShownLiterally(card, said);
      }),
      { numRuns: 150 },
    );
  });

  it('shows where a lost phone was lost as literal text', () => {
    fc.assert(
      fc.property(hostile, (where) => {
        const c = newCase('lost-phone', { ...lostPhoneForm, where });
        expectShownLiterally(managerCaseCard({ case: c, definition: definition('lost-phone'), lang: 'en' }), where);
      }),
      { numRuns: 100 },
    );
  });

  it('shows a manager’s note as literal text', () => {
    fc.assert(
      fc.property(hostile, (note) => {
        const c = after(after(newCase('phone-threat'), { type: 'acknowledge' }), { type: 'note', text: note });
        expectShownLiterally(managerCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' }), note);
      }),
      { numRuns: 100 },
    );
  });

  it('renders the issue’s example report as plain text', () => {
    const attack = '[klick](https://evil) <at>Maja</at> **fet**';
    const c = newCase('phone-threat', { ...threatForm, 'what-was-said': attack });
    const card = managerCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' });
    expect(markdownTexts(card).join('\n')).not.toContain('<at>');
    expect(literalTexts(card)).toContain('[klick](https:\u200b//evil) <at>Maja</at> **fet**');
  });
});

describe('names from the directory in report cards', () => {
  it('shows the reporter’s name as literal text', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const reporter: Person = { aadObjectId: 'aad-x', name };
        const c = { ...newCase('lost-phone'), reporter };
        expectShownLiterally(managerCaseCard({ case: c, definition: definition('lost-phone'), lang: 'sv' }), name);
      }),
      { numRuns: 100 },
    );
  });

  it('shows the name of a note’s author as literal text', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const author: Person = { aadObjectId: 'aad-maja', name };
        const c = after(after(newCase('phone-threat'), { type: 'acknowledge' }), { type: 'note', text: 'Ringt upp.' }, author);
        expectShownLiterally(managerCaseCard({ case: c, definition: definition('phone-threat'), lang: 'sv' }), name);
      }),
      { numRuns: 100 },
    );
  });

  it('shows the manager’s name on the reporter’s confirmation as literal text', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        expectShownLiterally(reportConfirmationCard({ definition: definition('phone-threat'), lang: 'sv', caseId: 'HOT-2026-0001', sentTo: name }), name);
      }),
      { numRuns: 100 },
    );
  });

  it('shows an update text to the reporter as literal text', () => {
    fc.assert(fc.property(hostile, (update) => expectShownLiterally(reporterUpdateCard('HOT-2026-0001', update, 'sv'), update)), { numRuns: 100 });
  });
});
