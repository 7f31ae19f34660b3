import { reportIntent, reportSubject } from '../../../../bot/domain/knowledge/intent/report-intent';
import { fold } from '../../../../bot/domain/knowledge/text/fold';

const intent = (text: string, hint: string | null = null) => reportIntent(fold(text), hint);
/** Each text is read as `flow`; a failure names the texts that were not. */
const reads = (flow: string, texts: string[]) => expect(texts.map((t) => [t, intent(t)])).toEqual(texts.map((t) => [t, flow]));
/** No text is read as a report, also with the search's `hint`; a failure names the texts that were. */
const readsNone = (texts: string[], hint: string | null = null) => expect(texts.map((t) => [t, intent(t, hint)])).toEqual(texts.map((t) => [t, null]));

describe('reportIntent', () => {
  it('hears a threat told as what the caller said', () =>
    reads('phone-threat', [
      'en sökande ringde precis och sa att jag "ska akta mig". Känns jätteobehagligt.',
      "He called back and now he says he'll be waiting outside the office when I leave. I'm scared.",
    ]));

  it('hears a weapon or harm to come in what a caller said', () =>
    reads('phone-threat', [
      'Han ringde igen och sa att han ska komma hit med kniv.',
      'fick ett samtal från en okänd som sa att nåt kommer att hända mig',
      'Mannen i telefon skrek att jag ska få sota för beslutet',
      'a caller told me I would pay for this and hung up',
      'en pappa ringde och sa att han ska ta itu med mig',
      'han ringde igen och sa att han ska komma hit och ta hand om den som skrev beslutet',
      'ringde en kvinna nyss som sa att hon ska komma och göra oss illa',
    ]));

  it('hears a threat through a dropped letter', () =>
    reads('phone-threat', [
      'blev hotd i luren nyss',
      'fick ett hotfult samtal nyss',
    ]));

  it("hears a caller's condition as part of the threat, not as a question about the rule", () =>
    reads('phone-threat', [
      'En anhörig ringer hela tiden och hotar att komma hit och slå sönder avdelningen',
      'han ringde och sa att han skulle köra över mig nästa gång',
      'A man just called and said he would burn my house down if we refuse.',
      'Pappan ringde och sa att om ni inte ringer tillbaka så kommer jag dit och då blir det riktigt fel',
      'En boende ringde om vägarbetet och hotade att slå ner mig om jag syns på gatan igen',
      "A man called and said he'd hurt me if we don't change the decision.",
      'han ringde och sa att om jag inte ändrar beslutet ska han smälla till mig',
    ]));

  it('hears a threat to the family in what a caller said', () =>
    reads('phone-threat', [
      'han ringde och sa att han vet var vi bor',
      'hon ringde igen och sa att hon ska se till att jag och barnen får det jobbigt',
    ]));

  it('hears a lost phone told object first or without "jag"', () =>
    reads('lost-phone', [
      'mobilen glömde jag kvar på tåget igår',
      'när jag kom tillbaka märkte jag att tjänstetelefonen inte låg kvar i jackan',
      'min jobbmobil saknas sedan i morse',
      'hittar inte tjänstemobilen, har letat i hela huset',
      'jobbmobilen är inte inlämnad till hittegods än och jag lämnade den på bussen',
    ]));

  it('hears fear after a call, veiled threats and a condition set by the caller', () =>
    reads('phone-threat', [
      'en man ringde för tio minuter sen, jag skakar och är jätterädd',
      'hon ringde och sa att hon vet var mina barn går i skolan',
      'han ringde och sa att om jag inte ändrar beslutet så kommer han hem till mig',
      'en man ringde och sa att han ska bränna ner kontoret',
      "Someone phoned this morning and said he would break my legs",
    ]));

  it('hears a phone gone in a break-in, a fall, or not where it was left', () =>
    reads('lost-phone', [
      'Härmed anmäler jag att min tjänstemobil har förkommit',
      'jag har tapat jobbmobilen på stan',
      'jobbmobilen borta',
      'jag fick låna en mobil av skolan och nu har jag letat överallt men den är helt borta',
      'någon bröt sig in i bilen och tog väskan med tjänstemobilen',
      'mobilen ramlade ur fickan ner i sjön',
      'jobbmobilen e borta',
      'jag lade jobbmobilen på bordet och när jag kom tillbaka var den inte där',
      "I think I dropped the work phone at the park, it's gone",
      'sitter i bilen och jobbluren är inte här',
    ]));

  it("takes the search's threat topic for a report only when a caller said something of the writer, and not a threat to complain", () => {
    expect(intent("My manager called and said she'll be late", 'phone-threat')).toBeNull();
    expect(intent("My manager called and said she'll be late, so I'm covering", 'phone-threat')).toBeNull();
    expect(intent('han ringde och sa att han skulle ta mig', 'phone-threat')).toBe('phone-threat');
    expect(intent('En arg pappa ringde och skrek på mig i tio minuter', 'phone-threat')).toBeNull();
    expect(intent('She called and threatened to complain to my manager', 'phone-threat')).toBeNull();
  });

  it('hears a threatening call named as one word', () =>
    reads('phone-threat', [
      'fick ett hotsamtal nu på morgonen, vad gör jag?',
    ]));

  it('hears a threat in a caller\'s words', () =>
    reads('phone-threat', [
      'fick ett samtal där personen sa att han ska ta mig',
      'someone called and said he knows where I live',
    ]));

  it('hears a threat to kill', () =>
    reads('phone-threat', [
      'En man ringde nyss och sa att han ska komma hit och slå ihjäl mig.',
      'A man called and said he will kill me',
      'the caller said he is going to kill me',
    ]));

  it('hears a threat through a common misspelling', () =>
    reads('phone-threat', [
      'Jag blev hoted i telfon av en pappa',
    ]));

  it('takes an exclamation as something that happened', () => {
    expect(intent('hotad i telefon!!')).toBe('phone-threat');
    expect(intent('hotad i telefon, vad gäller?')).toBeNull();
  });

  it('hears a phone taken or gone in more ways', () =>
    reads('lost-phone', [
      'jobbluren är snodd',
      'Someone took the municipality phone off my desk while I was at lunch.',
      'jag har blivit av med jobbmobilen',
      'Har inte sett min kommunmobil sedan igår, har letat överallt.',
      'tappa min telfon från jobbet i sjön',
      'nån har snott jobbtelefonen ur bilen',
      'tappat jobbmobilen',
      'jobbmobilen är borta!',
      'my work phone is missing',
      'nu hittar jag inte min arbetstelefon',
      "I can't find my work mobile",
      'Someone stole my phone',
      'Phone stolen!',
      'mobilen har försvunnit',
      'min jobbmobil har kommit bort',
    ]));

  it('still hears a threat when the writer has not called the police, when a guard is on site, or when the threat is against the school', () =>
    reads('phone-threat', [
      'En man ringde och hotade att döda mig. Jag har inte ringt polisen än, vad gör jag?',
      "A man called and threatened to kill me and I didn't call the police yet",
      'Någon ringde nyss och sa att det finns ett hot mot skolan',
      'Jag fick ett hot mot barnen i telefon nyss',
      'A man called and threatened me not to go to the police',
      'En man ringde och hotade mig, nu är väktare på plats',
      'han ringde och sa att han kommer leta upp mig',
    ]));

  it('reads a question after "jag blev hotad" or "I lost my phone" as asking what to do now, also with an "if" after it', () => {
    reads('phone-threat', ['Jag blev hotad i telefon nyss, vem ska jag prata med om det?', 'I was threatened on the phone this morning, what should I do if he calls again?']);
    reads('lost-phone', ['Jag har tappat jobbmobilen, vad gör jag om någon hittar den?']);
    reads('phone-threat', ['Jag blev hotad i telefon av en pappa i förmiddags, han skrek att jag skulle få ångra mig. Vem ska jag prata med?', 'I was threatened on the phone this morning, who do I tell?']);
    reads('lost-phone', ['Jag har tappat jobbmobilen, vilken är rutinen?', 'I lost my work phone on the train, what is the procedure?', "I'm a manager myself and I've just lost my work phone. Who do I report it to?"]);
    reads('phone-threat', ['Jag är rektor och har själv nyss fått ett hotfullt samtal från en förälder. Vem anmäler jag det till?']);
  });

  it('hears calls that keep coming with threats, a threat to "deal with" the writer and being shaken after a call', () => {
    reads('phone-threat', [
      'Nån ringer hela tiden från dolt nummer och säger hotfulla saker till mig',
      'A guy keeps calling me and threatening to find me',
      'någon har ringt mig tre gånger idag och sagt att de ska skada mina barn',
      'Fick ett hotfullt sms på jobbmobilen nyss',
      'En brukares son ringde mig nyss och sa att han skulle leta upp mig efter jobbet',
      'En pappa ringde precis och sa att han ska stå och vänta på mig utanför när jag slutar',
      'nagon ringde precis och sa att han ska sla sonder mig nar jag gar hem',
      "A caller just told me he'd turn up at the office and make me pay",
      'någon ringde hit till receptionen och sa att han ska komma och skada folk',
      'En pappa ringde och sa att jag ska se upp när jag går hem ikväll',
      "Had an awful call today, the man said he'd deal with me after work",
      'Got a call from a parent this morning and I am still shaken up',
      'Han ringde om bygglovet och sa att han skulle tända eld på mitt hus. Vad ska jag göra nu?',
    ]);
  });

  it('hears a phone gone from a car that was broken into', () =>
    reads('lost-phone', ['Bilen bröts upp i natt och kommunens mobil som låg i handskfacket är borta.', 'Någon har brutit upp bilen och jobbtelefonen är stulen']));

  it('hears veiled threats: what the writer would see, regret, deserve; the children, the car, the shoulder', () =>
    reads('phone-threat', [
      'fick ett samtal fran en pappa som skrek att jag skulle fa se vad som hander om hans son inte far plats',
      'Hej, jag hade telefontid i förmiddags och en brukare sa att han skulle komma hit och ta hand om mig. Jag skakar fortfarande.',
      'en anhörig ringde mig och sa att jag borde tänka på mina barn och att han vet vilken skola de går på. Jag vet inte om jag ska anmäla det?',
      'Som chef vill jag rapportera att jag själv fick ett otrevligt samtal igår där en man sa att jag inte skulle känna mig trygg på parkeringen',
      'han sa i telefon att jag skulle fa se. och sen att han hade koll pa min bil',
      'Jag har fått tre samtal idag från samma nummer, mannen säger att jag ska få som jag förtjänar.',
      'en hyresgäst ringde och sa att det kommer gå illa för mig om jag inte drar tillbaka beslutet',
      'En klient ringde upp mig igår kväll och sa att jag inte skulle leva länge till',
      'en pappa sa i telefon att jag ska se mig om över axeln framöver',
      'Jag som enhetschef blev själv uppringd av en anhörig i morse som hotade mig och min familj, hur ska jag göra med anmälan?',
      'a man called me about his housing decision and told me I would be sorry and that he would find me. Not sure if I should file something?',
      "someone rang me from a hidden number and said they'd burn my car",
      'Jag sitter i receptionen och en man ringde nyss och hotade mig',
    ]));

  it('hears a phone taken with other things, taken from a coat, vanished, or not found by the taxi company', () =>
    reads('lost-phone', [
      'blev rånad igår kväll, de tog plånboken och jobbtelefonen',
      'Fick väskan stulen på stan i lördags och jobbtelefonen låg i den',
      'har ingen aning var min jobbmobil tagit vägen',
      'Jag som rektor har tyvärr blivit av med min tjänstetelefon under helgen, vem ska jag kontakta för spärr?',
      "Hi, I think I left my work phone in a taxi last night and it's gone, the cab company hasn't found it. What do I do?",
      'As team lead I need to report that my own company phone disappeared during the conference',
      'my work phone was taken out of my coat at the Christmas market on Saturday. Who do I tell?',
    ]));

  it('hears a phone searched for in vain', () =>
    reads('lost-phone', ['jobbmobilen går inte att hitta', 'The work iPhone is nowhere to be found', 'Jobbmobilen finns ingenstans, jag har letat överallt', 'tjänstetelefonen är som bortblåst', 'min jobtelefon försvan ur omklädningsrummet idag', 'Nu när jag har letat i två dagar är jag säker på att tjänstemobilen är borta']));

  it('still reads a question about the rule as a question', () => {
    expect(intent('om man skulle bli av med kommunens telefon på semestern, vad gäller då?')).toBeNull();
    expect(intent('vad gör man om man blir hotad i telefon?')).toBeNull();
  });

  it('does not take polite fear, idioms or other things found for a report', () => {
    readsNone([
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
      'kocken ringde och sa att hon har glömt kniven hemma',
      'kunden ringde och sa att han ska få betala tillbaka avgiften',
      'will I pay for the call if I phone abroad?',
      'chefen ringde och sa att hon ska ta itu med mitt ärende',
      'vad gör jag om någon i telefon säger att han ska komma med kniv?',
      'mobilen glömde jag hemma idag, kan jag vidarekoppla?',
      'hur dokumenterar jag ett hotsamtal?',
      'kunden ringde och sa att han har ett gevär som ska registreras',
      'pappan ringde och sa att han har en kniv i köket som barnet lekt med',
      'min kollega ska ta hand om mig på introduktionen, hon ringer imorgon',
      'jag ringde vikarien och bad henne ta hand om den som ringer om bygglov',
      'ring mig om det händer dig något på hembesöket',
      'I called the supplier and they said we would pay for that next month',
      'mobilen glömde jag att ladda igår, kan jag ha telesvar',
      'min telefon glömde bort mina inställningar efter uppdateringen',
      'min telefon saknas i telefonboken, vem fixar det',
      'min mobil saknas i oxman',
      'chefen ringde och sa att hon ska se till att jag får hjälp med telesvaret',
      'vad gör jag om någon ringer och säger att han ska skada mig?',
      'what should I do if a caller threatens to hurt me?',
      'En kollega tror att hon glömt sin kommunmobil på bussen, vad ska hon göra?',
      'my colleague lost his work phone yesterday, what should he do?',
      'jag får det jobbigt med alla samtal, kan jag koppla om telefonen?',
      'fick ett hotell-samtal om bokningen',
      'kollegan ringde och sa att hon ska ta hand om kunden',
      'fick ett mejl där han skriver att han ska hitta mig, ingen har ringt',
      'kunden skrek i telefonen men hotade inte',
      "a caller was rude to me but didn't threaten me",
      'min egen telefon blev stulen, inte jobbmobilen',
      "my work phone won't turn on after I dropped it, it's not lost",
      'hörlurarna till jobbmobilen är borta',
      'hur snabbt måste chefen få veta om man blivit hotad?',
      'Is it my manager or IT who blocks a stolen phone?',
      'skulle man anmäla en borttappad telefon till IT eller chefen?',
      'min kollega har tappat sin jobbmobil, vem ska hon höra av sig till?',
      'Jag tappade mobilen i golvet och nu är skärmen sprucken',
      'Jag har tappat rösten, kan jag ändra telesvaret på mobilen?',
      'Ljudet i mobilen är borta',
      'Hittar inte röstbrevlådan i mobilen',
      'Jag glömde ladda mobilen igår, den är död',
      'Jag tog mobilen och ringde växeln direkt',
      'Jag tog en tupplur på lunchen och missade ett samtal',
      'Min kollega blev hotad i telefon igår',
      'Vi hade en utbildning om hot i telefon idag',
      'Min dator är stulen, kan jag jobba från mobilen?',
      'Mobilen ramlade ur fickan men jag tog upp den direkt',
      'hon sa att hon ska hitta mig i telefonboken',
      'Min mamma ringde och sa att hon kommer hem till mig i helgen',
      'Jag ska slå mig ner och ringa tillbaka alla som har ringt',
      'Is this attachment a security threat to my computer?',
      'She called and threatened to complain to my manager',
      'What should I do if someone called and said they would hurt me?',
      'Vem spärrar en telefon som har blivit stulen?',
      'Haha, Lena tappade sin jobbmobil i tvätten igen men den hittades',
      'Vi ska ha en workshop om bemötande av hotfulla besökare, kan jag boka rummet?',
      'kunden hotade att överklaga beslutet när jag ringde',
      'Jag tappade telefonen i golvet men den fungerar.',
      'Min man fick ett hotfullt samtal hemma.',
      'Receptionisten fick ett hotsamtal förra veckan och jag vill veta hur hon ska dokumentera det.',
      'Vi har ett hot om strejk på förvaltningen.',
      'Jag hittade en borttappad telefon på parkeringen.',
      'telefonen låg inte i laddaren men jag hittade den',
      'This phone queue will kill me, lol',
      'I left my phone on your desk',
      'Jag har fått ett hotfullt mejl från en medborgare, inget samtal, bara mejl. Vad gör jag?',
      'En brukare hotade mig på hembesöket idag, alltså på plats och inte i telefon.',
      'En förälder skrek i telefon idag men hotade mig inte.',
      'Den nya växeln är ett hot mot hela kundservicen om du frågar mig',
      'ja har tappat laddarn till jobbmobilen, var beställer man en ny?',
      'Jobbmobilen var borta i morse... nej vänta, den låg under sätet i bilen.',
      'Vi ska gå igenom telefonriktlinjen på APT. Vad står det om hot i telefon?',
      'någon har inte ringt, det kom ett hotfullt brev',
      'Min mobil skakar hela tiden när någon ringer, hur stänger jag av vibration?',
      'Shoot me a message if the phone line goes down',
      'En vän ringde och skämtade om att han skulle döda mig om jag inte kom på festen, haha',
      'Han hotade att lägga på om jag inte pratade långsammare',
      'IT ringde idag och sa att vi ska se upp med bedrägliga samtal',
      'Jag ska hämta folk vid stationen idag, måste jag ha jobbmobilen på?',
      'Teams-appen går inte att hitta på jobbmobilen idag',
      'The Teams app cannot be found on my work phone today',
      'Jag bröt upp kartongen med nya jobbmobilen idag',
      'This job is gonna kill me, I just had an awful call',
      'Min kollega berättade att hon fick ett hotfullt samtal förra året, det lät riktigt jobbigt',
      'Min bror fick sin mobil stulen i Barcelona, typiskt',
      'Läste i tidningen att socialsekreterare i grannkommunen blivit hotade, hemskt',
      'Laddsladden till jobbmobilen har försvunnit, finns det extra på kontoret?',
      'Mobilskalet till jobbtelefonen är borta, kan jag beställa ett nytt?',
      'Den här Excel-filen hotar min mentala hälsa',
      'En man hotade mig i receptionen idag, han var väldigt aggressiv',
      'En brukare hotade att slå mig under hembesöket igår',
      'Vi ska ha ett pass om bemötande av hotfulla personer på APT:n, någon som har tips på material?',
      'Kan jag anmäla mig till utbildningen om hot i telefon fast jag jobbar deltid?',
      'A guy threatened me at the front desk this afternoon, he was right in my face',
      "My sister's phone was stolen on holiday in Spain",
      'Reminder: threats and violence training on Thursday at 1pm',
      'Jag sitter i receptionen och tog en tupplur, ingen ringde',
      "My manager called and said she'll be late",
      'kan uppgifter bli hemliga för att skydda hotade djurarter?',
      'Is information about threatened species secret?',
      'Jag tappade min tjänstemobil för tre år sedan. Hur gör man om det händer igen?',
      'Vad gör jag om nån ringer och säger hotfulla saker till mig?',
      'jag glömde mobilen på ditt skrivbord',
    ]);
  });
});

describe('reportSubject', () => {
  const subject = (text: string) => reportSubject(fold(text));

  it('names the flow a question speaks of, even when nothing happened to the writer', () => {
    expect(subject('Om någon i luren säger att de ska vänta på mig utanför jobbet, vad gör jag efteråt?')).toBe('phone-threat');
    expect(subject('Om en jobbmobil blir stulen på en tjänsteresa, vad är gången?')).toBe('lost-phone');
  });

  it("names none for a joke, a mail, someone else's own phone or a phone that only vibrates", () => {
    expect(subject('En vän ringde och skämtade om att han skulle döda mig, haha')).toBeNull();
    expect(subject('Vad gör jag med ett hotfullt mejl?')).toBeNull();
    expect(subject('My daughter lost her phone at school today')).toBeNull();
    expect(subject('Min mobil skakar när någon ringer')).toBeNull();
  });

  it('names the threat when a caller would threaten a caseworker', () => {
    expect(subject('Om en sökande skulle ringa och hota en handläggare efter ett avslag, vad ska handläggaren göra då?')).toBe('phone-threat');
  });

  it('names none for a threatened species, which is a ground of secrecy', () => {
    expect(subject('Kan uppgifter om var en hotad fågelart häckar hållas hemliga?')).toBeNull();
    expect(subject('Are the nesting sites of endangered birds secret?')).toBeNull();
  });
});

describe('reportIntent against a reviewer\'s probe of the newest cues', () => {
  it('hears reports told with a colleague, a later call, fear, a text, or something new after a long-ago event', () => {
    reads('phone-threat', [
      'Jag blev hotad i telefon igår och min chef sa att hon skulle ringa polisen, vad gör jag nu?',
      'My colleague said she heard the whole call, the man threatened to kill me',
      'Han hotade mig i telefon igår och sa att han skulle ringa igen, han har inte ringt än',
      'Fick ett hotfullt samtal nyss, han har inte ringt igen men jag är rädd',
      'Jag jobbar i receptionen och fick precis ett hotfullt sms från en brukare',
      'Jag blev hotad för tre månader sedan av samma person och nu ringde han igen och hotade mig',
      'Under mitt pass i telefonen blev jag hotad av en anhörig',
      'Jag pratade i telefon när han hotade mig',
      'Någon ringde och sa att han visste var min dotter går i skolan',
      'Han ringde och sa att jag ska få det jobbigt',
    ]);
    reads('lost-phone', [
      'Jag fick mobilen för två år sedan och nu är den stulen',
      'Mobilen hittades inte på bussen, jag har tappat den',
      'I left my work phone in a taxi and nobody has found it',
      'Someone snatched my work phone on the street, I am still shaking, I called the police',
      'Jag blev rånad och de tog jobbmobilen, jag är helt skakad. Har ringt polisen',
      'Tjänstemobilen finns inte kvar i bilen, någon har brutit upp den',
      'Jag har tappat jobbmobilen igen, chefen kommer döda mig',
    ]);
  });

  it('hears no report in calls about threats, everyday "få se" and "gå illa", things gone from the phone, or the writer calling out', () => {
    readsNone([
      'Jag fick ett samtal i morse från en kollega som undrade vad man ska göra om man blir hotad i telefon',
      'Jag fick ett samtal från HR om vår nya rutin för hot i telefon, var hittar jag den?',
      'Jag blev uppringd av IT om att min mobil ska bytas, vad gäller om jag tappar den?',
      'Jag undrar om man har tappat jobbmobilen, vem ska man ringa?',
      'Hej, vad gör vi när personalen har fått hotsamtal?',
      'Jag fick ett samtal från en brukare som sa att grannen hotat honom, vart hänvisar jag?',
      'En invånare ringde och sa att hon skulle få se akten idag',
      'Det gick illa för mig i telefonen igår, jag råkade lägga på för en invånare',
      'Min telefon kommer inte leva länge till, batteriet är slut, kan jag få en ny?',
      'Jag ringde hem och bad min sambo ha koll på mina barn tills jag slutar',
      "I'm going to Spain, will the council make me pay for calls abroad?",
      "I'd be sorry to miss calls from residents, can I forward my work phone?",
      'My voicemail greeting disappeared from my phone',
      'All my contacts disappeared from my work phone today',
      'Efter uppdateringen försvann alla mina samtal från jobbmobilen',
      'My whole morning was taken up by phone calls',
      'I was taken off the phone rota this week',
      'Han tog min telefon och ringde ett samtal, sen gav han tillbaka den',
      'Jag har mobilen kvar, den försvann inte, men laddaren är borta',
      'Jag tappade mobilen i golvet och skärmen sprack, sen tog jag skalet och mobilen till IT',
      'Jobbmobilen ringer och skakar hela tiden, kan jag stänga av vibrationen?',
      "I'm wondering if threatening calls must be reported to the police",
      'Jag ringde kunden och hon sa att vi ska få se hur det går',
    ]);
  });
});

describe('reportIntent against a third fresh probe', () => {
  it('hears a told call with an "if" of the caller, a theft by someone, "förlagt", "saknat den", a broken-and-gone phone', () => {
    reads('phone-threat', [
      'fick ett samtal från dolt nummer, någon sa att mina barn inte är säkra. jag mår skit',
      'Ringde en sökande som var missnöjd med avslaget och sa att han har koll på min bil och var jag parkerar. Vem ska jag prata med?',
      'personen sa i telefon att jag snart får se vad som händer',
      'Någon ringde min tjänstetelefon tre gånger ikväll, bara andades, och sa sen vi ses på parkeringen. Jag vågar inte åka hem.',
      'ringde en kvinna ang bygglovet o sa att hon visste vilken förskola min dotter går på. hur ska jag tolka det??',
      'Jag som enhetschef fick igår ett samtal där en tidigare anställd hotade mig. Hur dokumenterar jag det på rätt sätt?',
      'uppringd av en anhörig som sa att om mamman inte får plats på boendet så kommer det hända saker med mig',
      "a parent called me this morning and said I'd regret it if I didn't change the decision. Who do I report it to?",
      'got a call from an unknown number threatening to hurt me if i dont drop the case, what now',
    ]);
    reads('lost-phone', [
      'Någon har stulit min jobbmobil ur bilen i natt, rutan krossad. Vem kontaktar jag?',
      'Jobbtelefonen ramlade ur fickan och åkte rakt ner i ån. Den är alltså borta, inte bara trasig.',
      'Har någon sett en svart iPhone med kommunens skal? Det är min tjänstetelefon, jag har saknat den sedan lunch.',
      'Väskan blev snodd på gymmet och jobbtelefonen låg i den. Hur anmäler jag?',
      'jag har förlagt min arbetsmobil och den går inte att ringa. Kan ni spärra den?',
    ]);
  });

  it('hears no report in figures of speech, sport, drills, films, a near loss or a colleague joking', () => {
    readsNone([
      'Det här projektet hotar att spräcka budgeten totalt.',
      'Han hotade målet hela matchen men fick aldrig in den',
      'I scenariot på övningen idag blev handläggaren hotad i telefon, bra diskussion efteråt.',
      'Filmen igår var så bra, han hotade skurken i telefon',
      'Jag höll på att tappa telefonen i sjön på personalfesten men räddade den i sista sekund',
      'Min kollega sa att hon skulle döda mig om jag glömde fikat',
      'Tappade mobilen i golvet i morse och nu reagerar inte skärmen när jag trycker.',
    ]);
  });
});

describe('reportIntent against a fourth fresh probe', () => {
  it('hears a report without "jag", a threat of violence, a phone left at a client\'s home or in a taxi, and "it\'s missing"', () => {
    reads('phone-threat', [
      'Blev hotad i telefon i morse, vem ska jag rapportera till?',
      'Har precis haft ett samtal där mannen som ringde hotade med våld mot mig om han inte fick sitt bygglov. Vad gör jag nu?',
    ]);
    reads('lost-phone', [
      'Hjälp, jag glömde min arbetsmobil hemma hos en brukare och nu säger de att den inte finns där. Den är alltså försvunnen.',
      'Hej, min arbetstelefon blev kvar i taxin som jag åkte med till hembesöket. Har ringt taxibolaget men de hittar den inte.',
      "I dropped my work phone somewhere between the library and the parking lot, it's missing.",
    ]);
  });

  it('hears no report in headphones or a charger lost, a threat on Facebook or face to face, a play, or a setting not found in the phone', () => {
    readsNone([
      'Har någon sett mina hörlurar? Tappade bort dem i fikarummet.',
      'Någon skrev ett hot mot mig i kommentarerna på kommunens Facebooksida',
      'En förälder blev aggressiv på utvecklingssamtalet och hotade mig öga mot öga. Vad gör jag?',
      'I pjäsen på teatern i helgen blev huvudpersonen hotad i telefon, riktigt spännande',
      'Does anyone have a spare charger for the work phones? I lost mine.',
      'Jag letar efter inställningen för vidarekoppling i mobilen men hittar den inte',
      "I want to turn on voicemail on my phone but I can't find it",
    ], 'lost-phone');
  });
});

describe('reportIntent against a third review', () => {
  it('hears reports asked as a question, told without "jag", with a knife, a text, or a phone named beside other things', () => {
    reads('phone-threat', [
      'Vad gör jag nu, en man ringde precis och hotade mig?',
      'Who do I call, someone just threatened me on the phone?',
      'Det ringde en person från dolt nummer som sa att han ska knivhugga mig',
      'Någon har ringt tre gånger idag och sagt att han ska ta livet av mig',
      'Jag fick ett sms där det stod att de vet var mina barn går i skolan',
      "Got a voicemail saying they'd burn my house down",
      'En anhörig ringer hela tiden och hotar att komma hit och slå sönder avdelningen',
      'Jag och min kollega blev hotade i telefon av samma person',
      'Fick ett samtal där en pappa hotade med att hämta sina kompisar och komma hit',
      'En man sa att han skulle döda mig, jag är livrädd',
    ]);
    reads('lost-phone', [
      'Vad ska jag göra, min jobbmobil blev stulen igår?',
      'Lost my work phone at the conference, who do I tell?',
      'Jag har tappat jobbmobilen, skärmlåset är på i alla fall',
      'Jobbmobilen blev stulen tillsammans med min privata mobil',
      'Jag tog jobbmobilen med mig på resan och den blev stulen på hotellet',
      'Jobbmobilen är inte borttappad, den är stulen',
      'Jag blev rånad och de tog jobbmobilen, de hotade mig med kniv',
    ]);
  });

  it('hears no report in figurative "hotar", "vi får se", "jag är inte säker", hypotheticals, long ago, or a phone still here', () => {
    readsNone([
      'Stormen hotar elförsörjningen i kväll, ska vi ringa in extra personal?',
      'Det här projektet hotar att dra över tiden',
      'Ringde IT om jobbmobilen som krånglar, vi får se vad som händer',
      'Jag ringde en kund idag men jag är inte säker på att hon förstod',
      'Om jobbmobilen blev stulen i helgen, vem ska man kontakta?',
      'Suppose someone stole my work phone, who do I call?',
      'Om en förälder ringde och sa att han skulle skada mig, hur hanterar jag det?',
      'Jag blev hotad i telefon för två år sen, borde jag ha anmält det?',
      'Inbrott i bilen i natt men jag har jobbmobilen kvar',
      'Hittar inte jobbmobilens laddare',
      'Hittar inte min jobbmobil i företagsportalen',
      'Jag har tappat sugen på att jobba med telefonin',
      'Vem spärrar en telefon som har blivit stulen?',
      'Mobilen har varit borta för reparation i två veckor',
      'Jag tappade jobbmobilen i golvet och nu funkar inte högtalaren',
      'Vad skulle jag ha gjort om kunden hade hotat mig?',
    ], 'lost-phone');
  });
});

describe('reportIntent against a fifth fresh probe', () => {
  it('hears threats by text, "uthotad", a knife, a smashed car, and phones gone in water or left in a pool car', () => {
    reads('phone-threat', [
      'Fick ett sms på jobbmobilen i natt där det stod att de vet vilken bil jag kör. Känns obehagligt, vem ska jag prata med?',
      'En före detta kollega har skickat flera sms till min tjänstetelefon idag och skriver att han ska göra mig illa. Hur anmäler jag det?',
      'Under ett samtal med en klient för en kvart sedan sa hon att hon skulle sticka ner mig nästa gång vi ses.',
      'hotad i telefon igen av samma pappa som förra veckan. orkar inte mer',
      'Blev uthotad av en upprörd medborgare på telefon nyss',
      "A tenant texted my work phone saying he'll smash my car if the repairs aren't done by Friday. Who do I report this to?",
    ]);
    reads('lost-phone', [
      'Jag lämnade min tjänstetelefon i en av bilpoolsbilarna i fredags och nu är den borta. Vem ska jag kontakta?',
      'Jobbmobilen åkte ner i vattnet när jag klev i båten vid bryggan, den ligger på botten nu',
      'Jag la telefonen som jag har fått av kommunen på en bänk i aulan igår. När jag kom hem var den inte i väskan.',
    ]);
  });

  it('hears no report in a computer threat, a resident\'s phone, a global threat or a series', () => {
    readsNone([
      'Antivirusprogrammet varnar för ett hot på min dator, är det farligt?',
      'Brukarens mobil blev stulen på boendet, hur hjälper vi honom att spärra den?',
      'Climate change is the biggest threat to our coastal areas according to the new report',
      "In the series I'm watching the main character gets threatening texts from a stalker",
    ]);
  });
});

describe('reportIntent against a sixth fresh probe', () => {
  it('hears a voicemail, "kommer överleva", a bullet, an insult with "vi ses", a text about a fire, and a phone gone one way or another', () => {
    reads('phone-threat', [
      'Det ligger ett röstmeddelande på tjänstetelefonen från en okänd man som säger att han ska göra mig illa. Hur ska jag anmäla det?',
      'Har fått tre samtal från dolt nummer idag på jobbtelefonen, sista gången sa hon att jag inte kommer överleva veckan',
      'en förälder ringde upp mig på arbetstelefonen och sa att jag skulle få ett kulhål i huvudet om hans son inte får plats',
      'Min jobbtelefon ringde kl 06 i morse och en röst sa att vi ses snart lärarjävel. Jag mår inte bra av det.',
      'Igår kväll kom ett sms till tjänstetelefonen med en bild på mitt hus och texten snyggt hus, synd om det brinner. Hur gör jag en anmälan?',
    ]);
    reads('lost-phone', ['Min tjanstetelefon ar forsvunnen sedan i fredags, vet inte om den ar stulen eller om jag tappat den']);
  });

  it('hears no report in training on threatening calls, a deadline threatening to slip, or a threat in the lobby', () => {
    readsNone([
      'På utbildningen idag övade vi på hur man hanterar hotfulla samtal, rekommenderas!',
      'The deadline is threatening to slip again, can we meet tomorrow?',
      'We practised handling threatening phone calls in training today, really useful',
      'A man in the lobby threatened me to my face earlier, what do I do?',
    ]);
  });

  it('hears a caller who "vet var ordföranden bor", "I\'d come after me" from a caller who "just told me", and a phone gone in the harbour', () => {
    reads('phone-threat', [
      'En man ringde nyss om nämndens beslut. Han sa att han vet var ordföranden bor och att jag också ska få känna av det. Jag är ganska skärrad.',
      "A caller just told me he'd come after me if we don't fix the road outside his house",
    ]);
    reads('lost-phone', ['Jobbmobilen åkte ner i hamnbassängen när jag klev ombord på båten nyss', 'My work phone fell into the harbour when I stepped on the boat']);
  });

  it('hears no report in someone who does not know where a person lives, or a phone fallen on a desk', () => {
    readsNone([
      'En man ringde och frågade om jag vet var Lisa bor, jag vet inte var hon bor',
      'Kunden ringde igen, jag vet var han bor eftersom han är granne',
      'Jobbmobilen åkte ner i lådan, var hittar jag laddaren?',
      'Jag åkte ner i hamnen med jobbmobilen för att fota båtarna',
    ]);
  });

  it('hears "ska komma hit och slå", a phone not found for days, and the youth centre\'s phone gone', () => {
    reads('phone-threat', ['En kille som vi stängt av ringde nyss och sa att han ska komma hit och slå sönder allt, och mig med']);
    reads('lost-phone', ['Jag har inte hittat min tjänstemobil sedan i fredags, har letat överallt', 'gårdens mobil försvann under discot igår, tror nån av ungdomarna tog den']);
  });

  it('hears no report in a resident\'s phone gone, or a signature not found', () => {
    readsNone(['brukarens mobil försvann igår, vad gör vi?', 'Jag har inte hittat min signatur i Outlook sedan jag bytte dator']);
  });

  it('hears a phone "inte kvar", "från jobbet" gone, fallen out of a pocket and not found, and a car to be smashed', () => {
    reads('lost-phone', [
      'Nu när jag packar ur bilen ser jag att kommunens mobil inte är kvar. Har ringt den flera gånger men den verkar avstängd.',
      'mobilen fran jobbet ar borta, tror nan tog den ur vaskan pa stationen',
      'fan, jobbmobilen har ramlat ur fickan nånstans på rundan runt torget, hittar den inte nånstans',
    ]);
    reads('phone-threat', ['snubben jag lappade igår ringde precis o sa att han ska slå sönder bilen min, han vet var jag parkerar']);
  });

  it('hears no report in a phone kept, away for repair, or a signature not found anywhere', () => {
    readsNone([
      'Jag tappade nästan mobilen i trappan men jobbmobilen är kvar i fickan',
      'mobilen från jobbet är borta på reparation en vecka, hur gör jag med samtalen?',
      'hittar den inte nånstans, signaturen i outlook alltså',
      'en kund ringde och sa att hon ska parkera bilen utanför kontoret',
    ]);
  });

  it('hears a caseworker threatened as someone else\'s event, unless the writer was threatened too', () => {
    readsNone(['Han hotade en handläggare i telefon igår']);
    reads('phone-threat', ['En man ringde och hotade en handläggare och mig']);
  });

  it('hears a phone that "har den trillat ur" on the way, and a caller who "kommer han att vänta på mig"', () => {
    reads('lost-phone', ['Jag hade arbetstelefonen i rockfickan och nånstans på vägen har den trillat ur. Har gått samma väg två gånger nu.']);
    reads('phone-threat', ['Idag ringde hennes son och sa att om jag inte ändrar beslutet så kommer han att vänta på mig utanför jobbet.']);
    readsNone(['jag har letat i telefonen efter inställningen utan att hitta den']);
  });

  it('hears a work phone with two letters swapped when the search found the loss rule, and a caller who will set fire to the writer\'s house', () => {
    expect(intent('min tjänstemoibl har blivit snodd', 'lost-phone')).toBe('lost-phone');
    reads('phone-threat', [
      'En snubbe ringde mig nyss på stationen och sa att han ska tända på mitt hus',
      'Han ringde och sa att han skulle sätta eld på min bil',
    ]);
    readsNone(['vi ska tända ljus på mitt hus till jul', 'jag köpte en ny möbel till kontoret']);
  });

  it('hears "can not find" typed apart, a slang "jobbmobbisen", and a skull to be cracked', () => {
    reads('lost-phone', ['I can not find my work phone, I think I left it on the bus yesterday', 'har tappat bort jobbmobbisen nånstans i storköket']);
    reads('phone-threat', ['en chaufför ringde nyss och sa att han ska spräcka skallen på mig om lasset inte är klart']);
  });
});
