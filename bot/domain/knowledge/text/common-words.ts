import { fold } from './fold';

/**
 * Everyday words that say little about which rule is asked about ("hela", "sitter", "riktigt",
 * "supposed"). Unlike stop words they are kept, but weigh little, so a question is not judged
 * unclear just because it is told in many ordinary words.
 */
const LIST = `
sitta sitter satt ligga ligger låg stå står stod komma kommer kom ta tar tog tagit ge ger gav gett se ser såg sett
veta vet visste tro tror trodde tycka tycker tyckte säga säger lägga lägger lagt hålla håller höll hitta hittar
jobba jobbar jobbade fungera fungerar funkar funka undra undrar undrade hända händer hände hänt hjälpa hjälp
känns känna känner fatta fattar förstå förstår förstod använda använder
helt hela riktigt precis direkt redan ofta ibland snart igen fortfarande ändå dock faktiskt kanske säkert
verkligen nästan ganska väldigt jätte jättemycket massa mycket lite typ liksom asså ba helst själv själva
sak saker grej grejer grejen gång gången folk alla ens heller bra dåligt dålig ny nytt nya gammal gamla stor
stort stora liten litet små viktig viktigt vanlig vanligt vanligen fel rätt sorry ursäkta förlåt hmm eh
exakt någonstans överhuvudtaget iaf ändå också samt plus minus fall
riktlinje riktlinjer riktlinjen riktlinjerna vilja gärna policy idag igår nyss imorse imorgon förresten
morgon morgonen förmiddag förmiddagen eftermiddag eftermiddagen kväll kvällen natt natten helg helgen
vecka veckan veckor dag dagen dagens dagar dagarna timme timmar minut minuter tiden tillbaka ute inne hemma fast trots tillhör tillhöra
nästa förra förre förrän tills läge läget
måndag måndags måndagen tisdag tisdags tisdagen onsdag onsdags onsdagen torsdag torsdags torsdagen
fredag fredags fredagen lördag lördags lördagen söndag söndags söndagen månad månader månaden månaderna
legat visa visar visade visat tom tomt tomma full fullt fulla gäng gänget hinna hinner hann hunnit lugn lugnt
sälja säljer sålde sålt definition definiera korrekt korrekta skiljer skilja bestämd bestämt specifik särskild
stämma stämmer köra kör körde kört inscannad inskannad skannad scannad knepig knepigt klurig krånglig krångligt utreda
stund stunden stunder skrivbord skrivbordet onödig onödigt onödiga nödvändig nödvändigt minst högst vidare
förvänta förväntas förväntat förväntar förväntade förväntningar sällan expected expect
obligatorisk obligatoriskt mandatory compulsory
väder vädret weather sånt sådant sådana drar dra drog dragit
konkret konkreta praktiken problem tjata tjatar fylla fyller samtidigt
pass passet kvällspass kvällspasset nattpass nattpasset dagpass helgpass jobbpass arbetspass skift skiftet
buss bussen tåg tåget bil bilen fältet fält bry
två tre fyra fem sex sju åtta nio tio elva tolv femton tjugo trettio hundra massor
förskolan förskola skolan skola sporthallen idrottshallen gatuavdelningen reningsverket vattenverket återvinningscentralen badhuset ishallen gatukontoret hemtjänsten socialtjänsten äldreomsorgen äldreboendet äldreboende bygglov
sophämtning sophämtningen avfall renhållning parkering snöröjning bibliotek biblioteket simhallen fritidsgården
handläggare handläggaren medarbetare medarbetaren kansliet kansli kanslienheten kontoret receptionen expeditionen expedition
pedagog pedagogen fritidspedagog förskollärare lärare läraren undersköterska sjuksköterska socialsekreterare
biståndshandläggare receptionist vikarie vikarien praktikant nyanställd anställd anställda boende boenden
son sonen dotter dottern sambo sambon fru frun familj familjen
mamma mammas mamman pappa pappas pappan mor far mormor morfar farmor farfar syster bror mår mådde
börja börjar började börjat låta låter lät
arbetsplatsen kollega kollegan kollegor kollegorna
elever eleverna brukare brukaren patient patienten kund kunden kunder
vaktmästare vaktmästaren kurator kuratorn samordnare samordnaren kock kocken kök köket skolköket storköket lokalvårdare
städare städaren assistent assistenten parkeringsvakt parkeringsvakten fritidsledare fritidsledaren lönehandläggare
gubbe gubben snubbe snubben kille killen killar tjej tjejen tjejer ungdomar ungdomarna museet museum hamnen chaufför
supposed make makes made keep keeps kept really thing things stuff something anything someone anyone
everyone everybody somebody way ways actually basically maybe still even ever never always sometimes
know knows think want wants like just sure okay right wrong good bad new old big small
put puts gets goes way proper supposed happens happen today yesterday
problem problems issue fine morning afternoon evening week weeks month months
monday tuesday wednesday thursday friday saturday sunday means mean meant real
one two three four five six seven eight nine ten twelve twenty
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean).map(fold));

/** How much a common word counts, compared with a word that names the subject. */
export const COMMON_WORD_FACTOR = 0.3;
