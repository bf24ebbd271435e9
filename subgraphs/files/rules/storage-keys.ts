// Where bytes live in the store. Every key is made here from uuids, never from anything a client
// sent (file names stay in the database), so no key can climb out of its folder.

/** The object an upload's bytes go to; once completed it is the blob's content. */
export const uploadKey = (projectId: string, uploadId: string) => `projects/${projectId}/${uploadId}`;

export const thumbnailKey = (storageKey: string, size: 'SMALL' | 'LARGE') => `${storageKey}.${size.toLowerCase()}.webp`;

export const pdfPreviewKey = (storageKey: string) => `${storageKey}.preview.png`;

/** Every object a blob owns: its content and what the preview worker made of it. */
export const objectsOfBlob = (storageKey: string) => [
  storageKey,
  thumbnailKey(storageKey, 'SMALL'),
  thumbnailKey(storageKey, 'LARGE'),
  pdfPreviewKey(storageKey),
];
