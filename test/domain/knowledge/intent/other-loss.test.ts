import { otherThingLost } from '../../../../bot/domain/knowledge/intent/other-loss';
import { fold } from '../../../../bot/domain/knowledge/text/fold';

const other = (text: string) => otherThingLost(fold(text));

describe('otherThingLost', () => {
  it('hears keys, cards and a computer lost, with no phone in the message', () => {
    expect(other('Jag har tappat nycklarna till kontoret. Hur spärrar jag dem?')).toBe(true);
    expect(other('En klient har tappat sitt bankkort, hur spärrar hon det?')).toBe(true);
    expect(other('Min dator är stulen. Vad gör jag?')).toBe(true);
    expect(other('I lost my keys at work')).toBe(true);
  });

  it("hears the writer's own phone, or a pupil's, as not the work phone", () => {
    expect(other('Jag har tappat min privata mobil. Måste jag anmäla det?')).toBe(true);
    expect(other('En elev har tappat sin mobil på rasten. Vad ska jag göra?')).toBe(true);
    expect(other('I lost my personal phone on the bus')).toBe(true);
    expect(other('Jag har tappat min egen mobil, måste jag anmäla det?')).toBe(true);
    expect(other('Brukaren har blivit av med sin mobil')).toBe(true);
  });

  it('leaves a lost work phone alone, also when other things went with it', () => {
    expect(other('jag har tappat jobbmobilen')).toBe(false);
    expect(other('de tog plånboken och tjänstetelefonen')).toBe(false);
    expect(other('nycklarna och mobilen är borta')).toBe(false);
    expect(other('Om en elev tar min jobbmobil och den inte kommer tillbaka, vem ska veta det?')).toBe(false);
  });
});
