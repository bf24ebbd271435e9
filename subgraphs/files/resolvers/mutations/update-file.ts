import { fromGlobalId } from '../../../../lib/ids';
import { badInput } from '../../../../lib/errors';
import { projectWithRole } from '../../../../lib/server/project-access';
import { readableFile } from '../../access';
import { safeFileName } from '../../../../lib/files/file-names';
import { viewerIdOf } from '../../context';
import { updateFile } from '../../data/update-file';
import type { MutationResolvers } from '../../generated/resolvers-types';
import {
  languageOf,
  maxAltTextLength,
  maxLongDescriptionLength,
  optionalText,
  tagsOf,
} from '../../rules/file-metadata';

export const updateFileMutation: MutationResolvers = {
  updateFile: async (_parent, { input }, context) => {
    const { file } = await readableFile(context, fromGlobalId(input.fileId, 'File', 'input.fileId'));
    await projectWithRole(context, file.projectId, 'MEMBER');
    const changes: Record<string, unknown> = {};
    if (input.name !== undefined) {
      if (input.name === null || !input.name.trim()) throw badInput('input.name', 'A file needs a name.');
      changes.name = safeFileName(input.name);
    }
    if (input.altText !== undefined) changes.altText = optionalText(input.altText, 'input.altText', maxAltTextLength);
    if (input.decorative !== undefined) {
      if (input.decorative === null) throw badInput('input.decorative', 'decorative is true or false.');
      changes.decorative = input.decorative;
    }
    if (input.longDescription !== undefined) {
      changes.longDescription = optionalText(input.longDescription, 'input.longDescription', maxLongDescriptionLength);
    }
    if (input.language !== undefined) changes.language = languageOf(input.language, 'input.language');
    if (input.tags !== undefined) {
      if (file.targetKind !== 'PROJECT') throw badInput('input.tags', 'Only project documents have tags.');
      changes.tags = tagsOf(input.tags ?? [], 'input.tags');
    }
    const changedFields = Object.keys(changes);
    if (!changedFields.length) return { file };
    return {
      file: await updateFile(context.prisma, { fileId: file.id, actorId: viewerIdOf(context), changes, changedFields }),
    };
  },
};
