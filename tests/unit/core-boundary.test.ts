import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelLayout } from '../../src/core/graph/layout';
import { seedProfiles } from './seeds';

// Contract: the core runs unchanged in the browser (and later in a Web Worker): it imports no
// Node modules and touches no Node globals.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('core boundary', () => {
  it('imports nothing from Node', () => {
    const offenders = files(join(__dirname, '../../src/core')).filter((f) =>
      /from 'node:|require\(|\bprocess\.|\bBuffer\b/.test(readFileSync(f, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('levelLayout', () => {
  const positions = levelLayout(seedProfiles());

  it('puts higher levels higher up and unknown levels at the bottom', () => {
    const y = (id: string) => positions[id]?.y ?? Number.NaN;
    expect(y('externe-sales')).toBeLessThan(y('interne-sales'));
    expect(y('interne-sales')).toBeLessThan(y('commercieel-assistent'));
    expect(y('commercieel-assistent')).toBeLessThan(y('commercieel-medewerker-buitendienst'));
    expect(y('commercieel-medewerker-buitendienst')).toBeLessThan(y('commercieel-medewerker-binnendienst'));
  });

  it('gives each framework its own column band and is the same on every call', () => {
    expect(positions['externe-sales']?.x).not.toBe(positions['commercieel-medewerker-buitendienst']?.x);
    expect(levelLayout([...seedProfiles()].reverse())).toEqual(positions);
  });
});
