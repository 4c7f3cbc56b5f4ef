import { parseBuildArgs, runBuild } from '../src/build/run';

try {
  process.exitCode = runBuild(parseBuildArgs(process.argv.slice(2)), (line) =>
    process.stderr.write(`${line}\n`),
  );
} catch (e) {
  process.stderr.write(`build:data: ${(e as Error).message}\n`);
  process.exitCode = 2;
}
