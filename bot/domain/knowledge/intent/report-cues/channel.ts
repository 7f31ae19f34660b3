import { anyOf } from './any-of';

/** How the threat came: a call, a text, or not by phone at all. Folded text. */

/** A call that happened: most messages to the bot name the phone, so the phone alone is no call. */
export const CALL = anyOf([
  'ring(de|er|t|a|s)?|uppringd',
  '(got off|on) the phone with',
  // Not the meetings that are also called samtal: utvecklingssamtal, medarbetarsamtal.
  '(?!(utvecklings|medarbetar|lone|foraldra|planerings|elev)samtal)\\w*samtal\\w*',
  // The phone as a word of its own is where a call happens ("i telefon"); the mobile only when in it.
  'telefon|telefonen|lur|luren|\\w*telefontid\\w*',
  '(i|pa|over) (mobilen|jobbmobilen|tjanstemobilen)',
  'call(ed|er|ing|s)?|phoned|rang',
  '(on|in|over) the (line|phone)',
  'koppla (vidare|fram|om)',
]);
/** No call at all: "ingen har ringt, det kom bara som e-post". */
export const NO_CALL = /\bingen har (inte )?ringt\b|\b(nan|nagon|han|hon|hen|de|dom) har inte ringt\b|\b(no one|nobody|no-one) (has )?(called|phoned)\b|\b(he|she|they) (didn'?t|did not|hasn'?t|has not) (call|phone)\b|\b(inget|inga) samtal\b|\bno (phone )?call\b/;
/** Said to be face to face, not on the phone: "på hembesöket, alltså på plats och inte i telefon". */
export const NOT_BY_PHONE = /\b(pa plats och inte|alltsa pa plats|ansikte mot ansikte|oga mot oga|in person|face to face|face-to-face|inte (i|via|per|over) telefon(en)?|not (on|over) the phone)\b/;
/** Someone the writer knows said it, and no call is told of: "min kollega sa att hon skulle döda mig om jag glömde fikat". */
export const KNOWN_SPEAKER = /\b((min|var|my|our) (kollega|chef|van|sambo|fru|man|mamma|pappa|bror|syster|colleague|coworker|friend|boss|manager)|(en|a) (kollega|van|colleague|coworker|friend))\b( \w+){0,2} (sa|sade|skrek|said|told me|yelled)\b/;
/** The threat told as a call, so "han har inte ringt än" afterwards does not undo it. */
export const CALL_NAMED = /\b(i telefon(en)?|i luren|hotsamtal\w*|telefonsamtal\w*|(hotfullt|hotfulla|otrevligt|obehagligt|jobbigt) (telefon)?samtal|ringde (mig|hit|upp)|on the phone|over the phone|called me|phoned me|rang me)\b/;
/** The writer made the call: what was said in it is no threat to them ("jag ringde kunden och hon sa ..."). */
export const WRITER_CALLED_OUT = /\b(jag|i|vi|we) (ringde|ringer|called|phoned|rang)\b(?! (mig|me)\b)/;
/** A text or a voicemail is by phone too. */
export const PHONE_MESSAGE = /\b(sms\w*|texts?|texted|voicemail|rostmeddelande\w*|telesvar\w*)\b/;
/** A place the threat was made face to face; it counts only when no call is told of. */
export const IN_PERSON = /\b((i|vid) (receptionen|entren|disken)|(under|pa) hembesoket|at the (front desk|reception|door)|in the lobby|to my face|in my face|right in front of me|i foajen|i entren)\b/;
/** Written, not said: "ett hotfullt mejl". A text or a voicemail still came by phone. */
export const IN_WRITING = /\b(mejl\w*|mail\w*|e-?post\w*|brev\w*|lapp\w*|emails?|letters?|(han|hon|hen|nagon|nan|de|dom) skrev|kommentar\w*|facebook\w*|instagram|sociala medier|social media|inlagg\w*)\b/;
