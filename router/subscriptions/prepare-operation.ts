import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { ErrorCode } from '../../lib/errors';
import { missingOperationError } from '../missing-operation';
import { operationInputErrors } from '../variables';
import { selectsCallerDependent } from './caller-dependent';
import { subscriptionRootErrors } from './subscription-root';
import type { SubscribePayload } from 'graphql-ws';
import type { RouterLimits } from '../config';
import { aliasLimitRule } from '../limits/aliases';
import { analyzeCost } from '../limits/cost';
import { emptyCostModel, type CostModel } from '../limits/cost-model';
import { depthLimitRule } from '../limits/depth';
import { costError, pageSizeError } from '../limits/limit-error';

export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  fieldName: string;
  /** The root field's arguments, coerced. */
  args: Record<string, unknown>;
  variableValues: Record<string, unknown>;
  /** The operation's estimated cost, as HTTP answers report it in `extensions.cost`. */
  cost: { requested: number; limit: number };
  /** It selects a `@callerDependent` field: its answer to an event is each subscriber's own. */
  personal: boolean;
}

const badRequest = (message: string, code = ErrorCode.BadRequest) => [
  new GraphQLError(message, { extensions: { code } }),
];

/**
 * Parsed and validated documents by query text, for one schema and its cost model (from the same
 * supergraph): clients send the same few documents.
 */
export class DocumentCache {
  private readonly entries = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private readonly personal = new WeakMap<DocumentNode, boolean>();

  constructor(
    readonly schema: GraphQLSchema,
    private readonly limits: RouterLimits,
    readonly costModel: CostModel = emptyCostModel,
    /** `Type.field` of the supergraph's `@callerDependent` fields. */
    private readonly callerDependent: ReadonlySet<string> = new Set(),
    private readonly maxEntries = 500,
  ) {}

  /** Whether a document this cache returned selects a caller-dependent field. */
  isPersonal(document: DocumentNode): boolean {
    let personal = this.personal.get(document);
    if (personal === undefined) {
      personal = selectsCallerDependent(this.schema, document, this.callerDependent);
      this.personal.set(document, personal);
    }
    return personal;
  }

  get(query: string): DocumentNode | readonly GraphQLError[] {
    let entry = this.entries.get(query);
    if (entry) {
      // Most recently used last, so the oldest entry is evicted first.
      this.entries.delete(query);
    } else {
      entry = this.parseAndValidate(query);
      if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(query, entry);
    return entry;
  }

  private parseAndValidate(query: string): DocumentNode | readonly GraphQLError[] {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens });
    } catch (error) {
      return [new GraphQLError((error as Error).message, { extensions: { code: ErrorCode.GraphQLParseFailed } })];
    }
    const rootErrors = subscriptionRootErrors(document);
    if (rootErrors.length) return rootErrors;
    const errors = validate(this.schema, document, [
      ...specifiedRules,
      depthLimitRule(this.limits.maxDepth),
      aliasLimitRule(this.limits.maxAliases),
    ]);
    if (!errors.length) return document;
    return errors.map(
      (error) =>
        new GraphQLError(error.message, {
          nodes: error.nodes,
          extensions: { code: ErrorCode.GraphQLValidationFailed, ...error.extensions },
        }),
    );
  }
}

const isErrors = (value: DocumentNode | readonly GraphQLError[]): value is readonly GraphQLError[] =>
  Array.isArray(value);

/**
 * Parses and validates a `subscribe` message with the same limits as HTTP (tokens, depth, aliases,
 * cost, page size), and reads the root field and its arguments.
 */
export function prepareOperation(
  documents: DocumentCache,
  payload: SubscribePayload,
  limits: RouterLimits,
): PreparedOperation | readonly GraphQLError[] {
  const { schema } = documents;
  const parsed = documents.get(payload.query);
  if (isErrors(parsed)) return parsed;
  const document = parsed;
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [missingOperationError(payload.operationName)];
  if (operation.operation !== 'subscription') {
    return badRequest('Only subscriptions are served over WebSocket: send queries and mutations over HTTP POST.');
  }
  const invalid = operationInputErrors(schema, document, operation, payload.variables ?? {});
  if (invalid.length) return invalid;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {});
  if (coerced.errors) return coerced.errors;
  const cost = analyzeCost(schema, documents.costModel, document, operation, payload.variables ?? {}, limits);
  if (cost.pageSizeViolation) return [pageSizeError(cost.pageSizeViolation, limits)];
  if (cost.cost > limits.maxCost) return [costError(cost.cost, limits)];
  // subscriptionRootErrors made sure this is the one field that runs, the one whose access is checked.
  const rootField = operation.selectionSet.selections[0] as FieldNode;
  const fieldName = rootField.name.value;
  const fieldDefinition = schema.getSubscriptionType()!.getFields()[fieldName]!;
  const args = getArgumentValues(fieldDefinition, rootField, coerced.coerced);
  return {
    document,
    operation,
    fieldName,
    args,
    variableValues: coerced.coerced,
    cost: { requested: cost.cost, limit: limits.maxCost },
    personal: documents.isPersonal(document),
  };
}
