import type { CareerStep } from '../profile/types';

/**
 * Extracts the occupations a "Loopbaanperspectief" paragraph names. The paragraphs follow a few
 * fixed phrasings: "… zoals X of Y …", "… is het beroep X en Y …", "… is de functie van de X."
 * A sentence that speaks of horizontal or vertical growth gives the direction.
 */
export function extractCareerSteps(text: string): CareerStep[] {
  const steps: CareerStep[] = [];
  const seen = new Set<string>();
  const sentences = text.split(/(?<=\.)\s+(?=[A-Z])/);
  for (const sentence of sentences) {
    const direction = /horizonta/i.test(sentence)
      ? 'horizontaal'
      : /verticale|opstap|hogere|doorgroei/i.test(sentence)
        ? 'verticaal'
        : null;
    const phrases: string[] = [];
    const zoals = /\bzoals\s+(.+?)(?=\s+en soms\b|[.;]|$)/i.exec(sentence);
    if (zoals?.[1]) phrases.push(...zoals[1].split(/\s*(?:,|\bof\b)\s*/));
    const named =
      /\b(?:is|zijn)\s+(?:het beroep|de functie van(?: de)?|de functies?)\s+(.+?)(?=\s*\(|[.;]|$)/i.exec(
        sentence,
      );
    if (named?.[1]) phrases.push(...named[1].split(/\s*(?:,|\ben\b|\bof\b)\s*/));
    for (const phrase of phrases) {
      const title = phrase.trim();
      const key = title.toLowerCase();
      if (title.length < 4 || seen.has(key)) continue;
      seen.add(key);
      steps.push({ title, direction });
    }
  }
  return steps;
}
