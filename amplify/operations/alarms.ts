import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Metric, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';

const window = Duration.minutes(5);

/** An alarm fires when its metric, over one 5-minute window, is above these. */
export const alarmThresholds = {
  functionErrors: 10,
  functionP95DurationMs: 3000,
  apiServerErrors: 10,
  apiP95LatencyMs: 1000,
  /** Any 5xx answered to Stripe: a payment waits for its retry. */
  webhookFailures: 0,
  transcodeFailures: 0,
} as const;

export interface MonitoredBackend {
  /** Every function of the backend, by the name ops read in the alarm. */
  functions: Record<string, IFunction>;
  graphqlApiId: string;
  stripeWebhook: IFunction;
  /** Where the topic emails alarms; none subscribes nobody (a sandbox, or ops subscribe by hand). */
  alarmEmail?: string;
}

/** CloudWatch alarms on the functions, the API, Stripe deliveries and transcoding, all to one SNS topic. */
export function createAlarms(scope: Construct, backend: MonitoredBackend): Topic {
  const topic = new Topic(scope, 'AlarmTopic', { displayName: 'Play-Along alarms' });
  if (backend.alarmEmail) topic.addSubscription(new EmailSubscription(backend.alarmEmail));
  const alarm = (id: string, description: string, metric: IMetric, threshold: number): void => {
    new Alarm(scope, id, {
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(topic));
  };

  for (const [name, fn] of Object.entries(backend.functions)) {
    alarm(`${name}ErrorsAlarm`, `${name}: more than ${alarmThresholds.functionErrors} errors in 5 minutes`,
      fn.metricErrors({ period: window, statistic: 'Sum' }), alarmThresholds.functionErrors);
    alarm(`${name}DurationAlarm`, `${name}: p95 duration above ${alarmThresholds.functionP95DurationMs} ms over 5 minutes`,
      fn.metricDuration({ period: window, statistic: 'p95' }), alarmThresholds.functionP95DurationMs);
  }

  const appSync = (metricName: string, statistic: string): Metric =>
    new Metric({ namespace: 'AWS/AppSync', metricName, dimensionsMap: { GraphQLAPIId: backend.graphqlApiId }, period: window, statistic });
  alarm('ApiServerErrorsAlarm', `GraphQL API: more than ${alarmThresholds.apiServerErrors} 5xx errors in 5 minutes`,
    appSync('5XXError', 'Sum'), alarmThresholds.apiServerErrors);
  alarm('ApiLatencyAlarm', `GraphQL API: p95 latency above ${alarmThresholds.apiP95LatencyMs} ms over 5 minutes`,
    appSync('Latency', 'p95'), alarmThresholds.apiP95LatencyMs);

  alarm('StripeWebhookFailuresAlarm', 'stripe-webhook answered Stripe with a 5xx (the event failed; Stripe retries it)',
    backend.stripeWebhook.metric('Url5xxCount', { period: window, statistic: 'Sum' }), alarmThresholds.webhookFailures);

  // Our jobs run on the account's Default queue (transcode names none).
  const defaultQueue = Stack.of(scope).formatArn({ service: 'mediaconvert', resource: 'queues', resourceName: 'Default' });
  alarm('TranscodeFailuresAlarm', 'MediaConvert: a transcode job failed (the lesson video is FAILED)',
    new Metric({ namespace: 'AWS/MediaConvert', metricName: 'JobsErroredCount', dimensionsMap: { Queue: defaultQueue }, period: window, statistic: 'Sum' }),
    alarmThresholds.transcodeFailures);
  return topic;
}
