import type { Lang, SmalltalkKind } from '../domain/knowledge/types';

/** Every string a Teams user can see, one set per language, so wording is reviewed in one place. */
export interface Texts {
  answer: {
    source: (source: string) => string;
    related: string;
    helpfulQuestion: string;
    voteUp: string;
    voteDown: string;
    thanksForFeedback: string;
    report: string;
  };
  didYouMean: {
    title: string;
    noneOfThese: string;
  };
  fallback: {
    title: string;
    body: string;
    help: string;
  };
  /** A question of a kind the guideline does not cover; the area's referral follows the body. */
  notCovered: {
    title: string;
    body: string;
  };
  welcome: {
    title: string;
    intro: string;
    examplesHeading: string;
    otherLanguage: string;
  };
  help: {
    title: string;
    intro: string;
    areas: string;
    reports: string;
    unsure: string;
    examplesHeading: string;
  };
  examples: string[];
  helpCommand: string;
  report: {
    emergency: string;
    flows: Record<string, { title: string; instruction: string }>;
    otherFlow: { title: string; instruction: string };
    guideline: string;
  };
  smalltalk: Record<SmalltalkKind, string>;
  input: {
    noWords: string;
    attachmentsOnly: string;
  };
  topicOnItsWay: string;
  staleAction: string;
  apology: string;
}

const sv: Texts = {
  answer: {
    source: (source) => `Källa: ${source}`,
    related: 'Relaterat',
    helpfulQuestion: 'Fick du hjälp av svaret?',
    voteUp: '👍 Ja',
    voteDown: '👎 Nej',
    thanksForFeedback: 'Tack för din återkoppling!',
    report: 'Rapportera',
  },
  didYouMean: {
    title: 'Menade du …?',
    noneOfThese: 'Inget av dessa',
  },
  fallback: {
    title: 'Det vet jag tyvärr inte',
    body: 'Jag hittar inget svar på det i riktlinjen för telefon och e-post. Vänd dig till kanslienheten, så hjälper de dig.',
    help: 'Vad kan jag fråga om?',
  },
  notCovered: {
    title: 'Det tar riktlinjen inte upp',
    body: 'Jag svarar bara på det som står i riktlinjen för telefon och e-post.',
  },
  welcome: {
    title: 'Hej! Jag är Riktlinjeboten',
    intro: 'Jag svarar på frågor om kommunens riktlinje för telefon och e-post. Skriv din fråga med egna ord, eller välj ett exempel.',
    examplesHeading: 'Du kan till exempel fråga:',
    otherLanguage: 'You can also ask in English.',
  },
  help: {
    title: 'Så här kan jag hjälpa dig',
    intro: 'Skriv din fråga med egna ord, så letar jag upp svaret i riktlinjen för telefon och e-post.',
    areas: 'Jag kan svara på frågor om telefon och telesvar, tjänstemobilen, e-post och signatur, sekretess och allmänna handlingar.',
    reports: 'Har du blivit hotad i telefon eller tappat din tjänstemobil? Skriv det, så visar jag vad du ska göra.',
    unsure: 'Hittar jag inget svar kan du vända dig till kanslienheten.',
    examplesHeading: 'Prova till exempel:',
  },
  examples: [
    'Hur ställer jag in telesvar på mobilen?',
    'Vad ska stå i min e-postsignatur?',
    'Vad gör jag om jag tappar tjänstemobilen?',
    'Vad är en allmän handling?',
  ],
  helpCommand: 'hjälp',
  report: {
    emergency: 'Vid akut fara: ring 112.',
    flows: {
      'phone-threat': {
        title: 'Hot via telefon',
        instruction: 'Skriv ner så mycket du kan om samtalet och kontakta sedan din närmaste chef omedelbart. Följ också din verksamhets rutin för hot och våld.',
      },
      'lost-phone': {
        title: 'Borttappad eller stulen tjänstemobil',
        instruction: 'Kontakta din närmaste chef så snart du kan. Chefen ser till att telefonen spärras.',
      },
    },
    otherFlow: {
      title: 'Rapportera',
      instruction: 'Kontakta din närmaste chef så snart du kan.',
    },
    guideline: 'Det här säger riktlinjen:',
  },
  smalltalk: {
    greeting: 'Hej! Vad vill du veta om telefon eller e-post?',
    thanks: 'Varsågod! Fråga gärna igen om det är något mer.',
    identity: 'Jag är Riktlinjeboten. Jag svarar på frågor om kommunens riktlinje för telefon och e-post.',
    help: 'Skriv din fråga med egna ord, så letar jag upp svaret i riktlinjen.',
    goodbye: 'Hej då! Välkommen tillbaka när du har en fråga.',
  },
  input: {
    noWords: 'Skriv din fråga med några ord, så hjälper jag dig. Skriv ”hjälp” om du vill se vad du kan fråga om.',
    attachmentsOnly: 'Jag kan bara läsa text, inte bilder eller filer. Skriv din fråga i chatten, så svarar jag.',
  },
  topicOnItsWay: 'Här kommer svaret.',
  staleAction: 'Den här knappen fungerar inte längre. Skriv din fråga i chatten i stället.',
  apology: 'Förlåt, något gick fel hos mig. Försök igen om en liten stund.',
};

const en: Texts = {
  answer: {
    source: (source) => `Source: ${source}`,
    related: 'Related',
    helpfulQuestion: 'Did this answer help you?',
    voteUp: '👍 Yes',
    voteDown: '👎 No',
    thanksForFeedback: 'Thank you for your feedback!',
    report: 'Report',
  },
  didYouMean: {
    title: 'Did you mean …?',
    noneOfThese: 'None of these',
  },
  fallback: {
    title: "Sorry, I don't know",
    body: "I can't find an answer to that in the guideline for phone and email. Please contact the administration office (kanslienheten), they will help you.",
    help: 'What can I ask?',
  },
  notCovered: {
    title: "The guideline doesn't cover that",
    body: 'I only answer what the guideline for phone and email says.',
  },
  welcome: {
    title: "Hi! I'm Riktlinjeboten",
    intro: "I answer questions about the municipality's guideline for phone and email. Ask in your own words, or pick an example.",
    examplesHeading: 'For example, you can ask:',
    otherLanguage: 'Du kan också fråga på svenska.',
  },
  help: {
    title: 'How I can help you',
    intro: 'Ask your question in your own words and I will look up the answer in the guideline for phone and email.',
    areas: 'I can answer questions about phones and voicemail, the work mobile, email and signatures, secrecy and public documents.',
    reports: 'Have you been threatened on the phone or lost your work mobile? Tell me, and I will show you what to do.',
    unsure: 'If I can\'t find an answer, please contact the administration office (kanslienheten).',
    examplesHeading: 'Try for example:',
  },
  examples: [
    'How do I set up voicemail on my mobile?',
    'What should my email signature contain?',
    'What do I do if I lose my work phone?',
    'What is a public document?',
  ],
  helpCommand: 'help',
  report: {
    emergency: 'In an emergency: call 112.',
    flows: {
      'phone-threat': {
        title: 'Threat by phone',
        instruction: 'Write down as much as you can about the call, then contact your nearest manager at once. Also follow your unit\'s routine for threats and violence.',
      },
      'lost-phone': {
        title: 'Lost or stolen work phone',
        instruction: 'Contact your nearest manager as soon as you can. Your manager makes sure the phone is blocked.',
      },
    },
    otherFlow: {
      title: 'Report',
      instruction: 'Contact your nearest manager as soon as you can.',
    },
    guideline: 'What the guideline says:',
  },
  smalltalk: {
    greeting: 'Hi! What would you like to know about phone or email?',
    thanks: "You're welcome! Ask again any time.",
    identity: "I'm Riktlinjeboten. I answer questions about the municipality's guideline for phone and email.",
    help: 'Ask your question in your own words and I will look up the answer in the guideline.',
    goodbye: 'Goodbye! Come back when you have a question.',
  },
  input: {
    noWords: 'Please write your question in a few words and I will help you. Type "help" to see what you can ask about.',
    attachmentsOnly: 'I can only read text, not images or files. Type your question in the chat and I will answer.',
  },
  topicOnItsWay: 'Here is the answer.',
  staleAction: 'This button no longer works. Please type your question in the chat instead.',
  apology: 'Sorry, something went wrong on my side. Please try again in a moment.',
};

export const texts: Record<Lang, Texts> = { sv, en };
