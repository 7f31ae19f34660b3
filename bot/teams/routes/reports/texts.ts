import type { Lang } from '../../../domain/knowledge/types';

/** The few report strings that belong to the routes rather than to a card. */
export const routeTexts: Record<Lang, { formOnItsWay: string; caseMissing: string; notInTeams: string }> = {
  sv: {
    formOnItsWay: 'Här kommer formuläret.',
    caseMissing: 'Ärendet finns inte längre. Fråga kansliet om du behöver se det.',
    notInTeams: 'Jag kan bara ta emot rapporter från ett Teams-konto i kommunen.',
  },
  en: {
    formOnItsWay: 'Here is the form.',
    caseMissing: 'The case no longer exists. Ask kansliet if you need to see it.',
    notInTeams: 'I can only take reports from a Teams account of the municipality.',
  },
};
