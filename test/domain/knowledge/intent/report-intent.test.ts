import { reportIntent } from '../../../../bot/domain/knowledge/intent/report-intent';
import { fold } from '../../../../bot/domain/knowledge/text/fold';

const intent = (text: string, hint: string | null = null) => reportIntent(fold(text), hint);

describe('reportIntent', () => {
  it('hears a threat told as what the caller said', () => {
    expect(intent('en sökande ringde precis och sa att jag "ska akta mig". Känns jätteobehagligt.')).toBe('phone-threat');
    expect(intent("He called back and now he says he'll be waiting outside the office when I leave. I'm scared.")).toBe('phone-threat');
  });

  it('hears a threatening call named as one word', () => {
    expect(intent('fick ett hotsamtal nu på morgonen, vad gör jag?')).toBe('phone-threat');
  });

  it('hears a threat in a caller\'s words', () => {
    expect(intent('fick ett samtal där personen sa att han ska ta mig')).toBe('phone-threat');
    expect(intent('someone called and said he knows where I live')).toBe('phone-threat');
  });

  it('hears a threat to kill', () => {
    expect(intent('En man ringde nyss och sa att han ska komma hit och slå ihjäl mig.')).toBe('phone-threat');
  });

  it('hears a threat through a common misspelling', () => {
    expect(intent('Jag blev hoted i telfon av en pappa')).toBe('phone-threat');
  });

  it('takes an exclamation as something that happened', () => {
    expect(intent('hotad i telefon!!')).toBe('phone-threat');
    expect(intent('hotad i telefon, vad gäller?')).toBeNull();
  });

  it('hears a phone taken or gone in more ways', () => {
    expect(intent('jobbluren är snodd')).toBe('lost-phone');
    expect(intent('Someone took the municipality phone off my desk while I was at lunch.')).toBe('lost-phone');
    expect(intent('jag har blivit av med jobbmobilen')).toBe('lost-phone');
    expect(intent('Har inte sett min kommunmobil sedan igår, har letat överallt.')).toBe('lost-phone');
    expect(intent('tappa min telfon från jobbet i sjön')).toBe('lost-phone');
    expect(intent('nån har snott jobbtelefonen ur bilen')).toBe('lost-phone');
    expect(intent('tappat jobbmobilen')).toBe('lost-phone');
    expect(intent('jobbmobilen är borta!')).toBe('lost-phone');
    expect(intent('my work phone is missing')).toBe('lost-phone');
    expect(intent('nu hittar jag inte min arbetstelefon')).toBe('lost-phone');
    expect(intent("I can't find my work mobile")).toBe('lost-phone');
    expect(intent('Someone stole my phone')).toBe('lost-phone');
    expect(intent('Phone stolen!')).toBe('lost-phone');
    expect(intent('mobilen har försvunnit')).toBe('lost-phone');
    expect(intent('min jobbmobil har kommit bort')).toBe('lost-phone');
  });

  it('still reads a question about the rule as a question', () => {
    expect(intent('om man skulle bli av med kommunens telefon på semestern, vad gäller då?')).toBeNull();
    expect(intent('vad gör man om man blir hotad i telefon?')).toBeNull();
  });

  it('does not take polite fear, idioms or other things found for a report', () => {
    for (const text of [
      "I'm afraid I don't know how to set up voicemail on my phone",
      'Jag är rädd att jag har missat samtal på mobilen',
      'how do I kill the ringtone on my work phone',
      'jag fryser ihjäl på kontoret, kan jag ringa fastighet?',
      'jag kan inte hitta var man ställer in telefonsvararen',
      'jag kan inte hitta telefonnumret till växeln',
      'jag letar efter telefonboken',
      'I took the phone call but the line went dead',
      'Hotfulla mejl är väl förbjudna!',
      'en kille ringde precis och frågade efter chefen',
      'Jag går på semester på fredag, kan bordstelefonen koppla om sig medan jag är borta?',
      "I'm missing calls on my work phone",
      'my work phone gets really hot when I charge it',
      'jag måste ta mig till ett möte, hur vidarekopplar jag telefonen?',
      'kunden hotade med att överklaga när jag ringde upp',
      'vad ska jag göra om jobbmobilen blir stulen?',
      'hur anmäler jag en stulen mobil?',
      'vem ska jag kontakta när någon hotar mig i telefon?',
      'jag har tappat laddaren till mobilen',
      'I lost my temper on the phone',
      'jag har glömt pinkoden till mobilen',
      'jag tog mobilen med mig på semestern, får jag det?',
      'I left my phone on silent',
    ]) {
      expect([text, intent(text)]).toEqual([text, null]);
    }
  });
});
