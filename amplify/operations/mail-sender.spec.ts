import { App, Stack } from 'aws-cdk-lib';
import { mailSenderFor, sandboxMailFrom } from './mail-sender';

const stackDeployedAs = (type: 'sandbox' | 'branch'): Stack =>
  new Stack(new App({ context: { 'amplify-backend-type': type } }), 'Backend');
const resolved = (stack: Stack, arns: string[]) => JSON.stringify(stack.resolve(arns));

describe('mailSenderFor', () => {
  it('should send as MAIL_FROM, allowed on its address and its domain identities only, when a branch deployment sets it', () => {
    const stack = stackDeployedAs('branch');
    const sender = mailSenderFor(stack, { MAIL_FROM: 'Play-Along <lessons@mail.example.org>' });

    expect(sender.from).toBe('Play-Along <lessons@mail.example.org>');
    expect(resolved(stack, sender.identityArns)).toMatch(/:identity\/lessons@mail\.example\.org"\]\]\},\{"Fn::Join".*:identity\/mail\.example\.org"\]\]\}\]$/);
  });

  it('should take a bare address too', () => {
    expect(mailSenderFor(stackDeployedAs('branch'), { MAIL_FROM: 'no-reply@example.org' }).from).toBe('no-reply@example.org');
  });

  it('should fail naming MAIL_FROM when it is not an email address', () => {
    expect(() => mailSenderFor(stackDeployedAs('branch'), { MAIL_FROM: 'Play-Along' })).toThrowError(/MAIL_FROM must be an email address/);
  });

  it('should default to the sandbox sender when a sandbox leaves MAIL_FROM unset', () => {
    expect(mailSenderFor(stackDeployedAs('sandbox'), {}).from).toBe(sandboxMailFrom);
  });

  it('should fail naming MAIL_FROM when a branch deployment leaves it unset', () => {
    expect(() => mailSenderFor(stackDeployedAs('branch'), {})).toThrowError(/MAIL_FROM is not set/);
  });
});
