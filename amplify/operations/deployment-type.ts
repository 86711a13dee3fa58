import type { IConstruct } from 'constructs';

/** `ampx sandbox` (and the local cloud's synth) set this context to 'sandbox'; pipeline deploys to 'branch'. */
export function isSandbox(scope: IConstruct): boolean {
  return scope.node.tryGetContext('amplify-backend-type') === 'sandbox';
}
