import { request } from 'undici';
import { minimalPdf, pageWithText } from '../../subgraphs/files/content/test-fixtures/content-fixtures';
import { createWorkItem, dataOf, seedProjectTeam, useTestStack } from '../testkit';
import { fileAs, uploadFile } from './support';

const stack = useTestStack();

describe('previews made after upload', () => {
  it("gives a PDF its page count, a first-page PNG and thumbnails of it, and leaves a text file's preview NONE", async () => {
    const team = await seedProjectTeam(stack);
    const item = await createWorkItem(stack, team.member.token, { projectId: team.project.id });
    const pdf = await uploadFile(stack, team.member.token, {
      target: item.id,
      fileName: 'spec.pdf',
      contentType: 'application/pdf',
      bytes: minimalPdf([pageWithText('one'), pageWithText('two'), pageWithText('three')]),
    });
    const text = await uploadFile(stack, team.member.token, {
      target: item.id,
      fileName: 'notes.txt',
      contentType: 'text/plain',
      bytes: Buffer.from('plain notes'),
    });
    expect([pdf.file.previewStatus, text.file.previewStatus]).toEqual(['PENDING', 'NONE']);
    expect(pdf.file).toMatchObject({ contentKind: 'PDF', inlineAllowed: true });

    expect(await stack.previews.runDue()).toEqual({ made: 1, failed: 0 });
    const { file } = dataOf(
      await fileAs(
        stack,
        team.viewer.token,
        pdf.file.id,
        'previewStatus pdf { pageCount previewUrl } thumbnail(size: LARGE) { url }',
      ),
    );
    expect(file.previewStatus).toBe('READY');
    expect(file.pdf.pageCount).toBe(3);
    const preview = await request(file.pdf.previewUrl);
    const png = Buffer.from(await preview.body.arrayBuffer());
    expect(preview.statusCode).toBe(200);
    expect(preview.headers['content-type']).toBe('image/png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const thumbnail = await request(file.thumbnail.url);
    expect(
      Buffer.from(await thumbnail.body.arrayBuffer())
        .subarray(8, 12)
        .toString('latin1'),
    ).toBe('WEBP');
  });
});
