import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest's default order, except that the story sweep (project `stories`) starts first: it builds Storybook
 * and is the longest file, and the default order (projects by name) would start it last, after every other
 * file had taken the workers.
 */
export class StoriesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [
      ...sorted.filter((f) => f.project.name === 'stories'),
      ...sorted.filter((f) => f.project.name !== 'stories'),
    ];
  }
}
