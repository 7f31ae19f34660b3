import { ALSO_THE_PHONE, LOSS, LOSS_OF_OTHER, LOSS_OF_PHONE, PHONE, PHONE_FUZZY, PHONE_GONE, WORK_PHONE_LOST } from './report-cues/loss';

/** Loss words not said of something else, unless the phone is named among the things taken. */
function lossTold(folded: string): boolean {
  const loss = LOSS.test(folded) || LOSS_OF_PHONE.test(folded) || PHONE_GONE.test(folded);
  return loss && (!LOSS_OF_OTHER.test(folded) || ALSO_THE_PHONE.test(folded) || WORK_PHONE_LOST.test(folded));
}

/** A loss told of the phone, named as such; `misspelt` lets a slip in the phone's name pass ("tjänstetelefnen"). */
export function phoneLost(folded: string, misspelt = false): boolean {
  return lossTold(folded) && (PHONE.test(folded) || (misspelt && PHONE_FUZZY.test(folded)));
}
