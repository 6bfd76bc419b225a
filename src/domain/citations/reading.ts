import { urduShadow } from './urdu.js';

/**
 * A citation written in Urdu words ("دفعہ 3 ٹریفکنگ ان پرسنز ایکٹ") in the English words
 * the parser reads ("sections 3 PTPA"), by the readings tip cite uses for Urdu FIRs;
 * anything else as given.
 */
export function citationReading(input: string): string {
  return urduShadow(input)?.text ?? input;
}
