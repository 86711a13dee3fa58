import { MappingTemplate, type AppsyncFunction, type BaseDataSource, type CfnResolver } from 'aws-cdk-lib/aws-appsync';

/** What this needs of backend.data (Amplify's AmplifyData construct). */
interface GeneratedApi {
  addNoneDataSource(id: string): BaseDataSource;
  addFunction(id: string, props: { name: string; dataSource: BaseDataSource; requestMappingTemplate: MappingTemplate; responseMappingTemplate: MappingTemplate }): AppsyncFunction;
  readonly resources: { readonly cfnResources: { readonly cfnResolvers: Record<string, CfnResolver> } };
}

/** The record ids an owner model names (ID fields take no field validator); the same rule as the functions' recordId. */
export const RECORD_IDS_REQUEST = `#foreach($field in ['lessonId', 'courseId'])
  #set($value = $ctx.args.input.get($field))
  #if(!$util.isNull($value) && !$util.matches('^[A-Za-z0-9_-]{1,128}$', $value))
    $util.error("$field is not a valid id", 'BadRequest')
  #end
#end
{"version": "2018-05-29", "payload": {}}`;

/** The loop must end after it starts; an update that changes either bound sends both. */
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

const PASS_ON = '$util.toJson($ctx.prev.result)';
const writesOf = (model: string) => [`Mutation.create${model}`, `Mutation.update${model}`];

/**
 * Checks field validators cannot express: an ID field's shape, and one field compared with another.
 * Amplify offers no slot for a model's own resolvers, so each check is a VTL function on a NONE data
 * source spliced into the generated create and update pipelines just before the DynamoDB write
 * (their last function), after the generated auth and validate slots.
 */
export function addOwnerInputChecks(api: GeneratedApi): void {
  const dataSource = api.addNoneDataSource('OwnerInputChecks');
  const check = (name: string, request: string, fields: string[]) => {
    const fn = api.addFunction(`${name}Function`, {
      name,
      dataSource,
      requestMappingTemplate: MappingTemplate.fromString(request),
      responseMappingTemplate: MappingTemplate.fromString(PASS_ON),
    });
    for (const field of fields) insertBeforeWrite(api, field, fn.functionId);
  };
  check('OwnerRecordIds', RECORD_IDS_REQUEST, ['LessonProgress', 'PracticeSession', 'PracticeLoop', 'LessonNote'].flatMap(writesOf));
  check('PracticeLoopBounds', LOOP_BOUNDS_REQUEST, writesOf('PracticeLoop'));
}

function insertBeforeWrite(api: GeneratedApi, field: string, functionId: string): void {
  const resolver = api.resources.cfnResources.cfnResolvers[field];
  const functions = (resolver?.pipelineConfig as CfnResolver.PipelineConfigProperty | undefined)?.functions;
  if (!resolver || !functions?.length) throw new Error(`${field} has no generated pipeline resolver to check its input in`);
  resolver.pipelineConfig = { functions: [...functions.slice(0, -1), functionId, ...functions.slice(-1)] };
}
