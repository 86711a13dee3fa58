import type { SynthOutput } from '../synth/synth-backend';

/** An S3 → Lambda notification exactly as the synthesized bucket notification configures it. */
export interface S3Notification {
  functionName: string;
  events: string[];
  prefix?: string;
  suffix?: string;
}

/** An EventBridge rule with its pattern and the functions it targets. */
export interface EventRule {
  pattern: Record<string, unknown>;
  functionNames: string[];
}

export interface DeployedWiring {
  s3Notifications: S3Notification[];
  eventRules: EventRule[];
  /** Functions that have a Lambda Function URL. */
  functionUrls: { functionName: string; authType: string }[];
}

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
}
type GetAtt = { 'Fn::GetAtt'?: [string, string] };

/**
 * Reads how events reach functions from the synthesized templates, so the local cloud routes S3
 * uploads and EventBridge events by the rules that deploy instead of a copy of them.
 */
export function readDeployedWiring(synth: SynthOutput): DeployedWiring {
  const resources = [...synth.templates.values()].flatMap((template) => Object.entries(template.Resources ?? {})) as [string, Resource][];
  const functionNameByLogicalId = new Map<string, string>();
  for (const [logicalId, resource] of resources) {
    if (resource.Type !== 'AWS::Lambda::Function') continue;
    const tags = (resource.Properties?.['Tags'] ?? []) as { Key: string; Value: string }[];
    const friendlyName = tags.find((tag) => tag.Key === 'amplify:friendly-name')?.Value;
    if (friendlyName) functionNameByLogicalId.set(logicalId, friendlyName);
  }
  const functionName = (arn: unknown): string | undefined => {
    const logicalId = (arn as GetAtt)['Fn::GetAtt']?.[0];
    return logicalId ? functionNameByLogicalId.get(logicalId) : undefined;
  };

  const wiring: DeployedWiring = { s3Notifications: [], eventRules: [], functionUrls: [] };
  for (const [, resource] of resources) {
    const properties = resource.Properties ?? {};
    if (resource.Type === 'Custom::S3BucketNotifications') {
      const configuration = properties['NotificationConfiguration'] as {
        LambdaFunctionConfigurations?: { Events: string[]; LambdaFunctionArn: unknown; Filter?: { Key?: { FilterRules?: { Name: string; Value: string }[] } } }[];
      };
      for (const config of configuration.LambdaFunctionConfigurations ?? []) {
        const name = functionName(config.LambdaFunctionArn);
        if (!name) continue;
        const rules = config.Filter?.Key?.FilterRules ?? [];
        wiring.s3Notifications.push({
          functionName: name,
          events: config.Events,
          prefix: rules.find((rule) => rule.Name.toLowerCase() === 'prefix')?.Value,
          suffix: rules.find((rule) => rule.Name.toLowerCase() === 'suffix')?.Value,
        });
      }
    }
    if (resource.Type === 'AWS::Events::Rule' && properties['State'] !== 'DISABLED') {
      const targets = (properties['Targets'] ?? []) as { Arn: unknown }[];
      wiring.eventRules.push({
        pattern: properties['EventPattern'] as Record<string, unknown>,
        functionNames: targets.map((target) => functionName(target.Arn)).filter((name): name is string => !!name),
      });
    }
    if (resource.Type === 'AWS::Lambda::Url') {
      const name = functionName(properties['TargetFunctionArn']);
      if (name) wiring.functionUrls.push({ functionName: name, authType: String(properties['AuthType']) });
    }
  }
  return wiring;
}

/** Whether an S3 event name and key match a notification (`s3:ObjectCreated:*` style wildcards). */
export function matchesS3Notification(notification: S3Notification, eventName: string, key: string): boolean {
  const eventMatches = notification.events.some((pattern) =>
    pattern.endsWith('*') ? `s3:${eventName}`.startsWith(pattern.slice(0, -1)) : pattern === `s3:${eventName}`,
  );
  return eventMatches && key.startsWith(notification.prefix ?? '') && key.endsWith(notification.suffix ?? '');
}

/** EventBridge content matching for the pattern forms our rules use: nested objects and value lists. */
export function matchesEventPattern(pattern: Record<string, unknown>, event: Record<string, unknown>): boolean {
  return Object.entries(pattern).every(([field, expected]) => {
    const actual = event[field];
    if (Array.isArray(expected)) return expected.includes(actual as never);
    if (typeof expected === 'object' && expected !== null) {
      return typeof actual === 'object' && actual !== null && matchesEventPattern(expected as Record<string, unknown>, actual as Record<string, unknown>);
    }
    return false;
  });
}
