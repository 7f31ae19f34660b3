import { asksForContactDetails } from '../../../../bot/domain/knowledge/intent/contact-request';
import { fold } from '../../../../bot/domain/knowledge/text/fold';

const asks = (text: string) => asksForContactDetails(fold(text));

describe('asksForContactDetails', () => {
  it('hears a request for a number or an address', () => {
    expect(asks('Vad är växelns telefonnummer?')).toBe(true);
    expect(asks('vad är registrators mejladress')).toBe(true);
    expect(asks('Vad är det för mejladress till kanslienheten?')).toBe(true);
    expect(asks("What's the switchboard's phone number?")).toBe(true);
    expect(asks('Vilket telefonnummer har växeln?')).toBe(true);
    expect(asks("what's the registrar's email?")).toBe(true);
    expect(asks('Vad är mejladressen till registraturen?')).toBe(true);
    expect(asks('Vad är numret till kommunens växel?')).toBe(true);
    expect(asks('vad är min chefs telefonnummer')).toBe(true);
    expect(asks('kan jag få numret till växeln')).toBe(true);
    expect(asks('vad har växeln för nummer?')).toBe(true);
    expect(asks('telefonnummer till servicedesk?')).toBe(true);
    expect(asks('Vem är IT-ansvarig här och vad har hon för telefonnummer?')).toBe(true);
    expect(asks("Who handles the registry and what's their email address?")).toBe(true);
    expect(asks('Vem är registrator på socialförvaltningen?')).toBe(true);
    expect(asks('who is the registrar at the school office?')).toBe(true);
    expect(asks('tel till växeln?')).toBe(true);
    expect(asks('Vilket nummer ringer jag för att nå växeln?')).toBe(true);
    expect(asks('vilket nummer ringer man för att få tag på registrator')).toBe(true);
  });

  it('leaves questions about numbers and addresses in a rule alone', () => {
    expect(asks('mitt direktnummer står fel i telefonboken')).toBe(false);
    expect(asks('vilket nummer ska stå i signaturen')).toBe(false);
    expect(asks('what number should I put in my signature')).toBe(false);
    expect(asks('vad är det för nummer som ska stå i signaturen?')).toBe(false);
    expect(asks('Vad är numret jag ska ringa om mobilen blir stulen?')).toBe(false);
    expect(asks('what is the address I should put in my signature?')).toBe(false);
    expect(asks('What is the number of hours I have to answer within?')).toBe(false);
    expect(asks('vad är kommunens nummer i signaturen, växeln eller direkt?')).toBe(false);
    expect(asks('Ska jag skicka vidare en ansökan som kommit in på mejl till registrator?')).toBe(false);
    expect(asks('Vem ska registrera mejl som kommer in?')).toBe(false);
    expect(asks('Vem är registrator för inkommande mejl?')).toBe(false);
    expect(asks('who is the manager in charge of approving a mass mailing?')).toBe(false);
    expect(asks('Vem är chef i det här fallet, får hen läsa min mejl?')).toBe(false);
  });
});
