import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { createAlarms } from './alarms';

function monitored(alarmEmail?: string): Template {
  const stack = new Stack(new App(), 'Operations');
  const fn = (name: string) => LambdaFunction.fromFunctionName(stack, name, name);
  const stripeWebhook = fn('stripe-webhook');
  createAlarms(stack, { functions: { catalog: fn('catalog'), stripeWebhook }, graphqlApiId: 'api-id', stripeWebhook, alarmEmail });
  return Template.fromStack(stack);
}

describe('createAlarms', () => {
  it('should email the alarm topic to ALARM_EMAIL when one is given', () => {
    monitored('ops@example.com').hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
  });

  it('should subscribe nobody when no alarm email is given', () => {
    monitored().resourceCountIs('AWS::SNS::Subscription', 0);
  });

  it('should give every function an errors and a p95 duration alarm, all acting on the one topic', () => {
    const template = monitored();
    const [topicId] = Object.keys(template.findResources('AWS::SNS::Topic'));
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    // 2 functions × 2, API 5xx and latency, webhook failures, transcode failures.
    expect(alarms.length).toBe(8);
    for (const alarm of alarms) expect(alarm['Properties']['AlarmActions']).toEqual([{ Ref: topicId }]);
    template.resourcePropertiesCountIs('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Namespace: 'AWS/Lambda', Threshold: 10 }, 2);
    template.resourcePropertiesCountIs(
      'AWS::CloudWatch::Alarm',
      { MetricName: 'Duration', ExtendedStatistic: 'p95', Threshold: 3000, Dimensions: [Match.objectLike({ Name: 'FunctionName' })] },
      2,
    );
  });
});
