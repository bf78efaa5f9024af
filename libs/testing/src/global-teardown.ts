// Relative import: see global-setup.ts.
import { stopTestInfra } from '../../local-infra/src/testing';

export default async function globalTeardown(): Promise<void> {
  await stopTestInfra();
}
