import { MappingTemplate, type AppsyncFunction, type BaseDataSource, type CfnResolver } from 'aws-cdk-lib/aws-appsync';

/** What this needs of backend.data (Amplify's AmplifyData construct). */
interface GeneratedApi {
  addNoneDataSource(id: string): BaseDataSource;
  addFunction(id: string, props: { name: string; dataSource: BaseDataSource; requestMappingTemplate: MappingTemplate; responseMappingTemplate: MappingTemplate }): AppsyncFunction;
  readonly resources: { readonly cfnResources: { readonly cfnResolvers: Record<string, CfnResolver> } };
}

/** Refused before anything is written: the loop must end after it starts. */
export const LOOP_BOUNDS_REQUEST = `#set($input = $ctx.args.input)
#set($sendsStart = $input.containsKey('startSeconds'))
#set($sendsEnd = $input.containsKey('endSeconds'))
#if($sendsStart || $sendsEnd)
  #if(!$sendsStart || !$sendsEnd || $util.isNull($input.startSeconds) || $util.isNull($input.endSeconds))
    $util.error('startSeconds and endSeconds must be sent together', 'BadRequest')
  #end
  #if($input.endSeconds <= $input.startSeconds)
    $util.error('endSeconds must be greater than startSeconds', 'BadRequest')
  #end
#end
{"version": "2018-05-29", "payload": {}}`;

export const LOOP_BOUNDS_RESPONSE = '$util.toJson($ctx.prev.result)';

const LOOP_MUTATIONS = ['Mutation.createPracticeLoop', 'Mutation.updatePracticeLoop'];

/**
 * Field validators compare a field with a constant, never with another field, and Amplify offers no
 * slot for a model's own resolvers, so the bounds check is one pipeline function spliced into the
 * generated create and update resolvers just before the DynamoDB write (their last function).
 */
export function checkPracticeLoopBounds(api: GeneratedApi): void {
  const check = api.addFunction('PracticeLoopBoundsFunction', {
    name: 'PracticeLoopBounds',
    dataSource: api.addNoneDataSource('PracticeLoopBoundsDataSource'),
    requestMappingTemplate: MappingTemplate.fromString(LOOP_BOUNDS_REQUEST),
    responseMappingTemplate: MappingTemplate.fromString(LOOP_BOUNDS_RESPONSE),
  });
  for (const field of LOOP_MUTATIONS) {
    const resolver = api.resources.cfnResources.cfnResolvers[field];
    if (!resolver) throw new Error(`${field} has no generated resolver to check loop bounds in`);
    const functions = pipelineFunctions(resolver);
    resolver.pipelineConfig = { functions: [...functions.slice(0, -1), check.functionId, ...functions.slice(-1)] };
  }
}

function pipelineFunctions(resolver: CfnResolver): string[] {
  const config = resolver.pipelineConfig as CfnResolver.PipelineConfigProperty | undefined;
  if (!config?.functions?.length) throw new Error(`${resolver.fieldName} is not a pipeline resolver`);
  return config.functions;
}
