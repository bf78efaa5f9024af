// Relative imports: jest loads global setup outside its module registry, so the @app/* aliases
// (moduleNameMapper) do not apply here.
import { allTopicSpecs } from '../../contracts/src/topics';
import { startTestInfra } from '../../local-infra/src/testing';

export default async function globalSetup(): Promise<void> {
  process.stderr.write('\n');
  await startTestInfra(allTopicSpecs());
}
