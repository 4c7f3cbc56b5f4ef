/** Why a document could not be turned into a profile. `line` is 1-based where it is known. */
export class ParseError extends Error {
  readonly file: string;
  readonly reason: string;
  readonly line: number | null;

  constructor(file: string, reason: string, line: number | null = null) {
    super(`${file}${line ? `:${line}` : ''}: ${reason}`);
    this.name = 'ParseError';
    this.file = file;
    this.reason = reason;
    this.line = line;
  }
}
