import type { Depth } from '../profile/types';

const DEPTH_PREFIXES: Array<[RegExp, Depth]> = [
  [/^kennis van basiskennis( van)?\s+/i, 'basis'],
  [/^grondige kennis( van)?\s+/i, 'grondig'],
  [/^basiskennis( van)?\s+/i, 'basis'],
  [/^kennis van\s+/i, 'kennis'],
];

/** Depth stated by a knowledge label, and the label without that wording. */
export function splitDepth(label: string): { depth: Depth | null; subject: string } {
  for (const [re, depth] of DEPTH_PREFIXES) {
    if (re.test(label)) return { depth, subject: label.replace(re, '').trim() };
  }
  return { depth: null, subject: label.trim() };
}
