import { ALSO_THE_PHONE, LOSS, LOSS_OF_OTHER, LOSS_OF_PHONE, PHONE, PHONE_GONE } from './report-cues/loss';

/** Loss words not said of something else, unless the phone is named among the things taken. */
export function lossTold(folded: string): boolean {
  const loss = LOSS.test(folded) || LOSS_OF_PHONE.test(folded) || PHONE_GONE.test(folded);
  return loss && (!LOSS_OF_OTHER.test(folded) || ALSO_THE_PHONE.test(folded));
}

/** A loss told of the phone, named as such. */
export function phoneLost(folded: string): boolean {
  return lossTold(folded) && PHONE.test(folded);
}
