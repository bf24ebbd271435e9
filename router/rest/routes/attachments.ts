import { z } from 'zod';
import { pageArguments, pageDeclarations, pageInfoFields } from '../pagination';
import { defineRoute, type RouteGroup } from '../route';
import { dateTime, personReference } from './shared';
import { itemRoot, locateItemRef, organizationQuery, workItemParams } from './work-item-ref';

const attachmentFields = `id name contentType contentKind byteSize sha256 versionCount altText decorative
  uploadedBy { id name } createdAt updatedAt`;

const attachment = z.object({
  id: z.string().describe("The file's ID: GraphQL's `file(id:)` gives its download link."),
  name: z.string(),
  contentType: z.string().describe('What the bytes are, read from the content.'),
  contentKind: z.enum(['IMAGE', 'PDF', 'TEXT', 'SVG', 'OTHER']),
  byteSize: z.number().int(),
  sha256: z.string(),
  versionCount: z.number().int(),
  altText: z.string().nullable(),
  decorative: z.boolean(),
  uploadedBy: personReference,
  createdAt: dateTime,
  updatedAt: dateTime,
});

const uploaded = z.object({
  deduplicated: z.boolean().describe('The same bytes were already stored: no new copy was kept.'),
  file: z.object({
    id: z.string(),
    name: z.string(),
    contentType: z.string(),
    contentKind: z.enum(['IMAGE', 'PDF', 'TEXT', 'SVG', 'OTHER']),
    byteSize: z.number().int(),
    sha256: z.string(),
    versionCount: z.number().int(),
    createdAt: dateTime,
  }),
  version: z.object({ id: z.string(), number: z.number().int() }),
});

/** The multipart form of the upload, documented only: router/files/rest-attachments.ts reads it as a stream. */
export const uploadForm = z.object({
  file: z
    .string()
    .meta({ contentMediaType: 'application/octet-stream' })
    .describe('The file; its part name must be `file`.'),
  altText: z.string().optional().describe('What an image shows, for screen readers.'),
  decorative: z.enum(['true', 'false']).optional().describe('The image is decoration: no alt text needed.'),
  longDescription: z.string().optional(),
  language: z.string().optional().describe('The language of the text in the file (BCP 47).'),
});

export const uploadOperationId = 'uploadAttachment';

export const attachmentRoutes: RouteGroup = {
  tag: 'Attachments',
  description:
    "Files attached to work items. Upload from scripts in one request; GraphQL's `createUpload` for anything else.",
  schemas: { Attachment: attachment, UploadedAttachment: uploaded },
  routes: [
    defineRoute({
      method: 'GET',
      path: '/work-items/{key}/attachments',
      operationId: 'listAttachments',
      summary: "List a work item's attachments",
      description: 'The files attached to the item (not those of its comments), oldest first; deleted ones left out.',
      params: workItemParams,
      query: organizationQuery,
      paginated: true,
      success: { status: 200, description: 'A page of attachments.', schema: { listOf: 'Attachment' } },
      async handle({ params, query, page, run, list }) {
        const root = itemRoot(params.key, query.organizationId);
        const data = await run<{ item: { attachments: Parameters<typeof list>[0] } }>(
          `query RestAttachments(${root.declarations}, ${pageDeclarations}) { ${root.field} {
            attachments(${pageArguments}) { totalCount ${pageInfoFields} edges { node { ${attachmentFields} } } } }
          }`,
          { ...root.variables, ...page.variables },
          locateItemRef,
        );
        return list(data.item.attachments);
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/work-items/{key}/attachments',
      operationId: uploadOperationId,
      summary: 'Attach a file to a work item',
      description:
        "One file as `multipart/form-data` (the part named `file`, after the optional fields), with the header `X-Workgraph-Token: no-check`, which no HTML form can send. The organization's size limit is enforced while reading (413 at the first byte past it). No `Idempotency-Key`: sending the same bytes again stores no second copy (`deduplicated`).",
      params: workItemParams,
      query: organizationQuery,
      body: uploadForm,
      raw: true,
      success: {
        status: 201,
        description: 'The attached file and its version.',
        schema: { component: 'UploadedAttachment' },
      },
      problems: [403, 413, 415],
      async handle() {
        throw new Error('answered by router/files/rest-attachments.ts');
      },
    }),
  ],
};
