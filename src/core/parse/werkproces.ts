/** Helpers shared by the two Dutch layouts, which both describe kerntaken and werkprocessen. */

const NUMBER_RE = /^(\d+)\.(\d+)$/;

/** Sorts werkproces numbers like "1.2" < "1.10" < "2.1". */
export function compareWerkprocesNumbers(a: string, b: string): number {
  const ma = NUMBER_RE.exec(a);
  const mb = NUMBER_RE.exec(b);
  if (!ma || !mb) return a.localeCompare(b);
  return Number(ma[1]) - Number(mb[1]) || Number(ma[2]) - Number(mb[2]);
}

/** Knowledge in Dutch lists is phrased as insight ("Inzicht in … tonen") or "Kennis van …". */
export function isKnowledgeLabel(label: string): boolean {
  return /^(inzicht (tonen )?in|kennis van)\b/i.test(label.trim());
}
