import { SITUATION_IDS, situationOf } from '../../../../bot/domain/knowledge/intent/situations';
import { fold } from '../../../../bot/domain/knowledge/text/fold';
import faqSchema from '../../../../knowledge/schema/faq.schema.json';

const reads = (situation: string | null, texts: string[]) => expect(texts.map((t) => [t, situationOf(fold(t))])).toEqual(texts.map((t) => [t, situation]));

describe('situationOf', () => {
  it('hears a call about something the writer does not work with', () =>
    reads('call-outside-my-area', [
      'folk ringer mig om fakturor fast jag bara städar, vad gör jag',
      'Folk ringer mig om sophämtningen fast jag jobbar med ekonomi. Måste jag hjälpa dem?',
      'en gubbe ringde och ville klaga på bygget vid stranden men det e ju inte vårt, får jag bara lägga på?',
      'Vad gäller om en person ringt till hemtjänsten men egentligen har en fråga till skatteverket?',
      'A resident rang me about school meals but I work in planning. Am I expected to pass them on somewhere?',
      'Jag är arkivarie men folk ringer mig hela tiden om bygglov. Kan jag bara säga att de har ringt fel och lägga på?',
      'ngn ringde o frågade om sin faktura, jag e ju bara ferieprao, ska jag bara lägga på?',
    ]));

  it('hears a writer who cannot take the calls', () =>
    reads('cannot-take-calls', [
      'Jag jobbar i hemtjänsten och är ute hos brukare hela dagarna, kan inte alltid svara. Vad gäller då med telefonen?',
      'Vi i nattpatrullen kör runt mellan brukarna hela natten och hinner inte ta alla samtal.',
      'Min kollega låter bara telefonen ringa ut när hon sitter i möten.',
      "I'm in the kitchen with my hands full all morning and can't pick up - what am I supposed to do about my phone?",
    ]));

  it('hears the work address used for something private, but not the work mail set up on a private phone', () => {
    reads('private-use-of-work-mail', [
      'ok att boka padel med kommunmailen?',
      'Går det bra att ha min kommunadress som inloggning på Spotify och sånt?',
      'Min dotter skickar bilder till min kommunmail, gör det något?',
      'far jag boka min semesterresa med mejladressen fran jobbet',
    ]);
    reads(null, ['Hur lägger jag in jobbmejlen i min privata mobil?', 'Hur loggar jag in på jobbmejlen från min privata dator hemma?', 'Hur loggar jag in på jobbmejlen?']);
  });

  it('hears a question whether the calendar must be used, but not how to share, keep or mend it', () => {
    reads('calendar-duty', [
      'Måste jag fylla i kalendern fast jag mest är ute på hembesök och sällan sitter vid datorn?',
      'kolegorna ser aldrig var jag är, behöver jag lägga in mina tider i kalendern',
      'kalenderuppdatering krav',
    ]);
    reads(null, ['Måste jag dela min kalender med chefen?', 'Hur länge måste jag spara gamla kalenderbokningar?', 'kalendern synkar inte, måste jag starta om?', 'måste jag skriva SAM i kalendern för att telefonen ska kopplas om?']);
  });

  it('hears whether something is a public document, but not how to hand one out', () => {
    reads('is-it-a-public-document', [
      'Är ett sms som en medborgare skickat till min jobbmobil en allmän handling?',
      'Jag har gjort ett utkast på en skrivelse, är den allmän redan?',
      'Is an email I write at work a public document?',
    ]);
    reads(null, ['Vad kostar det att få kopior av allmänna handlingar, är det gratis?', 'Hur länge ska en allmän handling sparas?']);
  });

  it('hears sensitive information to be sent by mail, but not a mail about an investigation that takes time', () => {
    reads('mailing-sensitive-information', [
      'Kan jag mejla en journalanteckning om en boende till läkaren på vårdcentralen?',
      'skicka elevuppgifter med e-post till föräldrar säkert?',
      'Jag har en lista med elevers allergier och specialkost som ska ut till alla skolkök. Går det bra att bara mejla den?',
      'Is it OK to email a confidential social services report to a partner organisation?',
    ]);
    reads(null, ['Ärendet kräver utredning i flera veckor – måste jag ändå höra av mig till den som mejlat innan dess?']);
  });

  it('hears neither in mail, a broken phone, calling out, or a caller the writer knows', () =>
    reads(null, [
      'hinner inte svara på alla mejl, hur lång tid har jag på mig?',
      'Jag missar samtal för att täckningen är dålig i källaren, vem fixar det?',
      'Jag kan inte ringa ut från jobbmobilen, vad är fel?',
      'The phone rings out because the battery is dead, who fixes it?',
      'En kollega ringde om festen men jag jobbar ju hemifrån den dagen, vad gör jag?',
      'Min chef ringer mig på kvällen fast jag är ledig, får hon det?',
      'Jag jobbar på ekonomi men vill byta till bygglov',
    ]));

  it("leaves alone a reviewer's ordinary questions that only share words with a situation", () =>
    reads(null, [
      'Jag har ingen aning om hur man ställer in telefonsvararen',
      'Jag är ju bara vikarie, måste jag ha kod på telefonen?',
      'Vi har flyttat till en annan avdelning, hur uppdaterar jag telefonboken?',
      'Jag vet inte vart mina samtal kopplas när jag skrivit SAM i kalendern',
      'Är det inte mitt ansvar att registrera handlingar av ringa betydelse?',
      "Can I divert my phone to another unit when I'm on holiday?",
      'Fast vi sitter i öppet landskap, måste vi svara med namn och enhet?',
      'Ingen svarar när jag ringer växeln för att ändra mina uppgifter i telefonboken',
      'Kan inte svara på frågor om bygglov när folk ringer, vad gör jag?',
      'Can I send personal data from my work email?',
      'Min son är sjuk, vem ska läsa min jobbmejl?',
      'Får jag använda jobbmejlen för att boka tjänsteresa?',
      'Journalisten mailar hela tiden, måste jag svara inom 48 timmar?',
      "Can my manager read my email while I'm on medical leave?",
      'Vad gäller för frånvaromeddelande i kalendern när jag har semester?',
      'Do I have to put GFD in my calendar when I leave for the day?',
      'Behöver kalenderbokningar diarieföras?',
      'Hur många år sparas en allmän handling?',
      'Är kursinbjudningar en allmän handling som ska diarieföras?',
    ]));

  it('hears the calls not taken before the caller\'s errand, and a curly apostrophe like a straight one', () =>
    reads('cannot-take-calls', ['Men jag jobbar i hemtjänsten och hinner sällan svara i telefon', 'I can’t answer the phone during lessons, what do I do?']));

  it('offers kansliet exactly the situations it knows, in the schema of the knowledge files', () => {
    const entry = faqSchema.properties.entries.items.properties as unknown as Record<string, { enum?: string[] }>;
    expect(entry.situation?.enum).toEqual([...SITUATION_IDS]);
  });
});
