type Json = Record<string, unknown>;

const cell = (text: unknown) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n/g, ' ');

const resolve = (document: Json, value: Json): Json => {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  return ref
    .slice(2)
    .split('/')
    .reduce<Json>((node, key) => node[key] as Json, document);
};

const schemaName = (schema: Json | undefined): string => {
  if (!schema) return '';
  if (typeof schema.$ref === 'string') return `\`${schema.$ref.split('/').at(-1)}\``;
  if (schema.type === 'array') return `list of ${schemaName(schema.items as Json)}`;
  if (schema.type === 'object' && (schema.properties as Json | undefined)?.items) {
    return `page of ${schemaName(((schema.properties as Json).items as Json).items as Json)}`;
  }
  return `\`${String(schema.type ?? 'object')}\``;
};

function propertiesTable(schema: Json): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required ?? []) as string[]);
  if (!Object.keys(properties).length) return [];
  return [
    '| field | type | |',
    '| --- | --- | --- |',
    ...Object.entries(properties).map(
      ([name, property]) =>
        `| \`${name}\`${required.has(name) ? '' : ' (optional)'} | ${cell(
          property.enum ? (property.enum as string[]).join(', ') : schemaName(property) || 'any',
        )} | ${cell(property.description)} |`,
    ),
    '',
  ];
}

/** The reference page of an OpenAPI document: every operation by tag, then the schemas. */
export function referenceMarkdown(document: Json): string {
  const info = document.info as Json;
  const tags = document.tags as { name: string; description: string }[];
  const lines = [
    `# ${String(info.title)} reference`,
    '',
    '<!-- Generated from docs/rest/openapi.json by `npm run rest:docs`: do not edit. -->',
    '',
    String(info.description),
    '',
    'Every operation but the document itself needs `Authorization: Bearer <access token>`. Errors are',
    '`application/problem+json` ([Problem](#problem)).',
    '',
  ];
  const operations = Object.entries(document.paths as Record<string, Record<string, Json>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  for (const tag of tags) {
    const tagged = operations.filter(({ operation }) => (operation.tags as string[]).includes(tag.name));
    lines.push(`## ${tag.name}`, '', tag.description, '');
    for (const { path, method, operation } of tagged) {
      lines.push(
        `### ${String(operation.summary)}`,
        '',
        `\`${method} ${path}\``,
        '',
        String(operation.description),
        '',
      );
      const parameters = ((operation.parameters ?? []) as Json[]).map((parameter) => resolve(document, parameter));
      if (parameters.length) {
        lines.push('| parameter | in | |', '| --- | --- | --- |');
        for (const parameter of parameters) {
          const required = parameter.required ? ' (required)' : '';
          lines.push(
            `| \`${String(parameter.name)}\`${required} | ${String(parameter.in)} | ${cell(parameter.description)} |`,
          );
        }
        lines.push('');
      }
      const body = operation.requestBody as Json | undefined;
      if (body) {
        const [mediaType, content] = Object.entries(body.content as Record<string, Json>)[0]!;
        lines.push(`Body (\`${mediaType}\`):`, '', ...propertiesTable(content.schema as Json));
      }
      lines.push('| status | |', '| --- | --- |');
      for (const [status, response] of Object.entries(operation.responses as Record<string, Json>)) {
        const resolved = resolve(document, response);
        const content = resolved.content as Record<string, Json> | undefined;
        const media = content ? Object.values(content)[0] : undefined;
        const shape = media ? ` ${schemaName(media.schema as Json)}` : '';
        lines.push(`| ${status} | ${cell(resolved.description)}${shape ? ` —${shape}` : ''} |`);
      }
      lines.push('');
    }
  }
  lines.push('## Schemas', '');
  for (const [name, schema] of Object.entries((document.components as Json).schemas as Record<string, Json>)) {
    lines.push(`### ${name}`, '');
    if (schema.description) lines.push(String(schema.description), '');
    if (schema.enum) lines.push(`One of ${(schema.enum as string[]).map((value) => `\`${value}\``).join(', ')}.`, '');
    lines.push(...propertiesTable(schema));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
