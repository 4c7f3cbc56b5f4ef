import { ParseError } from '../parse/errors';
import type { Profile } from '../profile/types';

/** Two documents for one occupation (same code or same id) would make edges ambiguous: each is an error. */
export function findDuplicateProfiles(profiles: Profile[]): ParseError[] {
  const errors: ParseError[] = [];
  const byCode = new Map<string, Profile>();
  const byId = new Map<string, Profile>();
  for (const p of profiles) {
    const sameCode = p.code ? byCode.get(p.code) : undefined;
    const sameId = byId.get(p.id);
    if (sameCode) errors.push(new ParseError(p.source, `zelfde code ${p.code} als ${sameCode.source}`));
    else if (sameId) errors.push(new ParseError(p.source, `zelfde beroep "${p.title}" als ${sameId.source}`));
    if (p.code && !byCode.has(p.code)) byCode.set(p.code, p);
    if (!byId.has(p.id)) byId.set(p.id, p);
  }
  return errors;
}
