/**
 * Vitest setup file: every property test of the run uses the seed chosen by fast-check-seed.global.ts
 * (settable with CK_SEED), and a failing test prints it with the command that replays it.
 */
import fc from 'fast-check';
import { beforeEach, inject } from 'vitest';

const seed = inject('ckSeed');
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });

beforeEach(({ onTestFailed, task }) => {
  onTestFailed(() => {
    console.error(
      `fast-check seed of this run: ${seed}. Replay: CK_SEED=${seed} npx vitest run ${task.file?.name ?? ''} -t ${JSON.stringify(task.name)}`,
    );
  });
});
