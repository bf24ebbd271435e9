/** Each area of a subgraph contributes fields to shared types (Query, Mutation, entities): merge them per type. */
export function mergeResolvers<R extends object>(...parts: R[]): R {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const target = (merged[type] ??= {});
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in target) throw new Error(`Two resolvers for ${type}.${field}`);
        target[field] = resolver;
      }
    }
  }
  return merged as R;
}
