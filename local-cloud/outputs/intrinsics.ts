/** Resolves the CloudFormation intrinsics that Amplify's stack outputs use, with local values. */
export type AttributeLookup = (logicalId: string, attribute: string) => string;

export function resolveIntrinsic(value: unknown, region: string, lookup: AttributeLookup): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'object' || value === null) throw new Error(`Cannot resolve ${JSON.stringify(value)}`);
  const [[fn, args]] = Object.entries(value) as [[string, unknown]];
  const resolve = (arg: unknown) => resolveIntrinsic(arg, region, lookup);
  switch (fn) {
    case 'Ref':
      if (args === 'AWS::Region') return region;
      if (args === 'AWS::URLSuffix') return 'amazonaws.com';
      if (args === 'AWS::AccountId') return '000000000000';
      throw new Error(`Unsupported Ref ${String(args)}`);
    case 'Fn::GetAtt': {
      const [logicalId, attribute] = args as [string, string];
      return lookup(logicalId, attribute);
    }
    case 'Fn::Join': {
      const [separator, parts] = args as [string, unknown[]];
      return parts.map(resolve).join(separator);
    }
    case 'Fn::Select': {
      const [index, list] = args as [number, unknown];
      const items = Array.isArray(list) ? list.map(resolve) : splitResult(list, region, lookup);
      return items[index] ?? '';
    }
    case 'Fn::Split':
      throw new Error('Fn::Split is only supported inside Fn::Select');
    default:
      throw new Error(`Unsupported intrinsic ${fn}`);
  }
}

function splitResult(value: unknown, region: string, lookup: AttributeLookup): string[] {
  const split = (value as { 'Fn::Split'?: [string, unknown] })['Fn::Split'];
  if (!split) throw new Error(`Fn::Select needs a list, got ${JSON.stringify(value)}`);
  return resolveIntrinsic(split[1], region, lookup).split(split[0]);
}
