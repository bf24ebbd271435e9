import { buildSchema, printSchema, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';

/**
 * The root Subscription fields the router serves, with how each opens its event stream and, when the
 * payload is not the field's value itself, how the value is read from it.
 */
export type SubscriptionFields = Record<string, Pick<GraphQLFieldConfig<unknown, unknown>, 'subscribe' | 'resolve'>>;

/**
 * A copy of the supergraph's API schema on which the router executes subscription operations
 * itself: validation and the client's selection behave as for HTTP, while objects of other services
 * are fetched through the gateway on delivery (see payload-resolution.ts).
 */
export function buildSubscriptionSchema(apiSchema: GraphQLSchema, fields: SubscriptionFields): GraphQLSchema {
  const schema = buildSchema(printSchema(apiSchema));
  const subscriptionType = schema.getSubscriptionType();
  if (!subscriptionType) throw new Error('The supergraph has no Subscription type.');
  const rootFields = subscriptionType.getFields();
  for (const [name, field] of Object.entries(rootFields)) {
    const source = fields[name];
    if (!source?.subscribe) throw new Error(`The router does not serve Subscription.${name}.`);
    field.subscribe = source.subscribe;
    field.resolve = source.resolve ?? ((payload: unknown) => payload);
  }
  return schema;
}
