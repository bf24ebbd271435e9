/*
 * What an upload is comes from its bytes, never from what the client says of them. The sniffed type
 * is the real one: a declared type naming another is refused (TYPE_MISMATCH) unless it is the neutral
 * application/octet-stream, and as images, PDFs and office documents all have signatures, a name or
 * declared type claiming one of them needs content sniffed as one. A program (executable, Java class
 * or archive, WebAssembly, `#!` script) under a name or type of anything but a program is refused
 * (EXECUTABLE): that disguise is how one gets opened. Text has no signature: SVG and HTML are known by
 * how they begin, and an SVG holding anything that can run script is refused (SVG_SCRIPT); it is judged
 * on the bytes given, so pass SVGs whole. Formats that only act on the reader's system (shortcuts,
 * registry files) are UNSUPPORTED. Only raster images and PDFs may ever be shown inline.
 */
import { extensionOf, safeFileName } from '../../../lib/files/file-names';

export type ContentKind = 'image' | 'pdf' | 'text' | 'svg' | 'other';
export type ContentRefusal = 'TYPE_MISMATCH' | 'EXECUTABLE' | 'SVG_SCRIPT' | 'UNSUPPORTED';

export interface ContentInput {
  declaredType: string;
  fileName: string;
  /** What file-type recognised in the first bytes, or null. */
  sniffed: { mime: string; ext: string } | null;
  /** The first bytes (the whole file for SVG and small text). */
  head: Buffer;
}

export type ContentVerdict =
  | { ok: true; contentType: string; kind: ContentKind; inlineSafe: boolean }
  | { ok: false; reason: ContentRefusal; message: string };

const neutralType = 'application/octet-stream';

/** Other spellings of a type, as browsers and tools send them, and as file-type names them. */
const aliases: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  // An animated PNG is a PNG to every browser and decoder.
  'image/apng': 'image/png',
  'image/x-ms-bmp': 'image/bmp',
  'image/vnd.microsoft.icon': 'image/x-icon',
  'application/x-pdf': 'application/pdf',
  'application/x-zip-compressed': 'application/zip',
  'application/x-gzip': 'application/gzip',
  'application/vnd.rar': 'application/x-rar-compressed',
  'application/x-rar': 'application/x-rar-compressed',
  'audio/mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-flac': 'audio/flac',
  'audio/x-m4a': 'audio/mp4',
  'video/x-matroska': 'video/matroska',
  'video/avi': 'video/vnd.avi',
  'video/x-msvideo': 'video/vnd.avi',
  'application/x-msdos-program': 'application/x-msdownload',
  'application/x-dosexec': 'application/x-msdownload',
  'application/vnd.microsoft.portable-executable': 'application/x-msdownload',
};

/** A type as compared here: lower-case, without parameters, by its usual name; '' when none. */
export function normaliseType(type: string): string {
  const bare = type.split(';')[0]!.trim().toLowerCase();
  return aliases[bare] ?? bare;
}

/** Office formats stored as a zip. */
const zipOfficeTypes = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.slideshow',
  'application/vnd.openxmlformats-officedocument.presentationml.template',
  'application/vnd.ms-word.document.macroenabled.12',
  'application/vnd.ms-word.template.macroenabled.12',
  'application/vnd.ms-excel.sheet.macroenabled.12',
  'application/vnd.ms-excel.template.macroenabled.12',
  'application/vnd.ms-powerpoint.presentation.macroenabled.12',
  'application/vnd.ms-powerpoint.slideshow.macroenabled.12',
  'application/vnd.ms-powerpoint.template.macroenabled.12',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.text-template',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.spreadsheet-template',
  'application/vnd.oasis.opendocument.presentation',
  'application/vnd.oasis.opendocument.presentation-template',
  'application/vnd.oasis.opendocument.graphics',
  'application/vnd.oasis.opendocument.graphics-template',
];
/** Office formats stored as an OLE compound file. */
const compoundOfficeTypes = [
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
  'application/vnd.ms-outlook',
  'application/vnd.visio',
];
const officeTypes = new Set([...zipOfficeTypes, ...compoundOfficeTypes, 'application/rtf', 'application/x-cfb']);

/**
 * file-type names the container when the member it would name lies past the bytes it reads (a zip
 * whose `[Content_Types].xml` comes late) or is not told apart at all (the compound file of .doc,
 * .xls and .ppt): a declared member of the container is taken at its word.
 */
const containerMembers: Record<string, Set<string>> = {
  'application/zip': new Set([...zipOfficeTypes, 'application/epub+zip']),
  'application/x-cfb': new Set(compoundOfficeTypes),
};

/** Content made to run. */
const programTypes = new Set([
  'application/x-msdownload',
  'application/x-elf',
  'application/x-executable',
  'application/x-mach-binary',
  'application/x-sharedlib',
  'application/java-vm',
  'application/x-java-class',
  'application/java-archive',
  'application/x-java-archive',
  'application/vnd.android.package-archive',
  'application/wasm',
]);

/** Formats whose only use is to make the reader's system act: shortcuts, registry edits, compiled help, Flash. */
const unsupportedTypes = new Set([
  'application/x.ms.shortcut',
  'application/x-ms-regedit',
  'application/vnd.ms-htmlhelp',
  'application/x-shockwave-flash',
]);

/** Application types that are text (scripts among them), kept as declared when the content is text. */
const textApplicationTypes = new Set([
  'application/json',
  'application/ld+json',
  'application/x-ndjson',
  'application/xml',
  'application/yaml',
  'application/x-yaml',
  'application/toml',
  'application/sql',
  'application/graphql',
  'application/javascript',
  'application/x-javascript',
  'application/x-sh',
  'application/x-shellscript',
  'application/x-csh',
]);
const isTextType = (type: string) => type.startsWith('text/') || textApplicationTypes.has(type);

const inlineSafeTypes = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/avif',
  'application/pdf',
]);
const thumbnailTypes = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/tiff']);
/** Image types file-type always recognises: declaring one is a claim the content must back. */
const signatureImageTypes = new Set([
  ...thumbnailTypes,
  'image/bmp',
  'image/x-icon',
  'image/heic',
  'image/heif',
  'image/jxl',
]);

/** Whether `makeThumbnails` takes content of this type. */
export const isImageForThumbnails = (contentType: string): boolean => thumbnailTypes.has(normaliseType(contentType));

type Family = 'image' | 'pdf' | 'office' | 'text' | 'media' | 'archive';
/** The families whose formats all have signatures: a claim of one needs content file-type sniffed as one. */
type SignatureFamily = 'image' | 'pdf' | 'office';
const isSignatureFamily = (family: Family | undefined): family is SignatureFamily =>
  family === 'image' || family === 'pdf' || family === 'office';

/** Extensions of documents, by family; a name with none of them claims nothing. */
const extensionFamilies: Record<string, Family> = Object.fromEntries(
  Object.entries({
    image: 'png jpg jpeg jpe jfif gif webp avif tif tiff bmp ico heic heif jxl apng',
    pdf: 'pdf',
    office:
      'doc docx docm dot dotx dotm xls xlsx xlsm xlt xltx xltm ppt pptx pptm pps ppsx pot potx odt ott ods ots odp otp odg rtf msg vsd',
    text: 'txt text md markdown csv tsv json jsonl ndjson xml yaml yml toml ini log htm html css svg ics vcf vtt srt',
    media: 'mp3 wav flac ogg oga opus m4a aac aiff mid midi mp4 m4v mov webm mkv avi mpeg mpg 3gp ogv',
    archive: 'zip gz tgz tar bz2 xz 7z rar zst',
  }).flatMap(([family, extensions]) => extensions.split(' ').map((extension) => [extension, family as Family])),
);

/** The signature families sniffed content of this type may be (a zip may be an office document). */
function signatureFamiliesOf(type: string): SignatureFamily[] {
  if (type.startsWith('image/')) return ['image'];
  if (type === 'application/pdf') return ['pdf'];
  if (officeTypes.has(type) || type === 'application/zip') return ['office'];
  return [];
}

/** Whether a declared type is of a format file-type recognises by its signature. */
const hasSignature = (declared: string) =>
  signatureImageTypes.has(declared) || declared === 'application/pdf' || officeTypes.has(declared);

const kindOf = (type: string): ContentKind =>
  type.startsWith('image/') ? 'image' : type === 'application/pdf' ? 'pdf' : isTextType(type) ? 'text' : 'other';

const accept = (contentType: string, kind: ContentKind = kindOf(contentType)): ContentVerdict => ({
  ok: true,
  contentType,
  kind,
  inlineSafe: inlineSafeTypes.has(contentType),
});
const refuse = (reason: ContentRefusal, message: string): ContentVerdict => ({ ok: false, reason, message });

/** A client's words, bounded, for a message. */
const quoted = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…` : text);
const named = (extension: string) => `a .${quoted(extension)} file`;

/**
 * What the declared type or the name claims that a program is not (for a message), or null. A
 * program may come as application/octet-stream, as a type in `admitted`, and under a name whose
 * extension is no document's (or, for scripts, a text one).
 */
function disguiseOf(program: 'native' | 'script', declared: string, extension: string): string | null {
  const admitted = program === 'native' ? programTypes.has(declared) : isTextType(declared);
  if (declared !== neutralType && !admitted) return quoted(declared);
  const family = extensionFamilies[extension];
  if (family !== undefined && !(program === 'script' && family === 'text')) return named(extension);
  return null;
}

function checkSniffed(type: string, declared: string, extension: string): ContentVerdict {
  if (unsupportedTypes.has(type)) return refuse('UNSUPPORTED', `Files of type ${type} are not accepted.`);
  const disguise = programTypes.has(type) ? disguiseOf('native', declared, extension) : null;
  if (disguise) return refuse('EXECUTABLE', `The content is a program (${type}), not ${disguise}.`);
  const member = containerMembers[type]?.has(declared) ?? false;
  if (declared !== neutralType && declared !== type && !member) {
    return refuse('TYPE_MISMATCH', `The content is ${type}, not ${quoted(declared)}.`);
  }
  const family = extensionFamilies[extension];
  if (isSignatureFamily(family) && !signatureFamiliesOf(type).includes(family)) {
    return refuse('TYPE_MISMATCH', `The content is ${type}, not ${named(extension)}.`);
  }
  return accept(member ? declared : type);
}

const utf8Bom = /^\xEF\xBB\xBF/;
// Each construct matches one way only (a comment cannot run past its first `-->`), so a long head
// that is not an SVG fails in linear time.
const comment = String.raw`<!--(?:(?!-->)[\s\S])*-->`;
const processingInstruction = String.raw`<\?(?:(?!\?>)[\s\S])*\?>`;
const doctype = String.raw`<!doctype[^>[]*(?:\[[^\]]*\]\s*)?>`;
// An SVG may begin with an XML declaration, comments, processing instructions and a doctype.
const svgStart = new RegExp(String.raw`^(?:\s|${comment}|${processingInstruction}|${doctype})*<svg[\s/>]`, 'i');
const htmlStart = new RegExp(String.raw`^(?:\s|${comment})*<(?:!doctype\s+html|html|head|body|script)[\s/>]`, 'i');

/**
 * What in an SVG can run script, or load a document that can, and how a message names it. The scan
 * does not parse: text that merely looks like one of these (in a comment, say) is refused too.
 */
const svgScriptVectors: [RegExp, string][] = [
  [/<(?:[\w.-]+:)?script[\s/>]/i, '<script>'],
  [/<(?:[\w.-]+:)?foreignobject[\s/>]/i, '<foreignObject>'],
  [/<(?:[\w.-]+:)?iframe[\s/>]/i, '<iframe>'],
  [/<(?:[\w.-]+:)?embed[\s/>]/i, '<embed>'],
  [/<(?:[\w.-]+:)?object[\s/>]/i, '<object>'],
  [/<(?:[\w.-]+:)?(?:handler|listener)[\s/>]/i, 'an event handler element'],
  [/\bon[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/attributename\s*=\s*["']?\s*on/i, 'an animated event handler'],
  [/<\?xml-stylesheet/i, 'a stylesheet processing instruction'],
];
/** URL schemes that run script or open a document, looked for with character references decoded and blanks removed. */
const svgScriptUrls: [RegExp, string][] = [
  [/(?:java|vb)script:/i, 'a script URL'],
  [/data:text\/html/i, 'a data:text/html URL'],
  [/data:image\/svg\+xml/i, 'a nested SVG data URL'],
];

const decodeCharacterReferences = (text: string) =>
  text.replace(/&#(x[0-9a-f]+|[0-9]+);?/gi, (reference, code: string) => {
    const point = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return point <= 0x10ffff ? String.fromCodePoint(point) : reference;
  });

/** What an SVG holds that can run script, named for a message; null when nothing. */
function svgScriptIn(svg: string): string | null {
  const decoded = decodeCharacterReferences(svg);
  for (const [pattern, name] of svgScriptVectors) if (pattern.test(svg) || pattern.test(decoded)) return name;
  const compact = decoded.replace(/[\s\p{Cc}]+/gu, '');
  for (const [pattern, name] of svgScriptUrls) if (pattern.test(compact)) return name;
  return null;
}

/** Bytes that never occur in text: the binary data bytes of the WHATWG MIME Sniffing Standard. */
const isBinaryByte = (byte: number) =>
  byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1a) || (byte >= 0x1c && byte <= 0x1f);

/** Whether the bytes are UTF-8 text; a character cut off at the end of a head counts. */
function isUtf8Text(head: Buffer): boolean {
  if (head.some(isBinaryByte)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Content file-type did not recognise (or took for any XML): a script, SVG, HTML, other text or unknown binary. */
function checkUnsniffed(head: Buffer, declared: string, extension: string, textFallback: string): ContentVerdict {
  // `#!` must be the very first bytes for a system to run the file.
  const disguise = head[0] === 0x23 && head[1] === 0x21 ? disguiseOf('script', declared, extension) : null;
  if (disguise) return refuse('EXECUTABLE', `The content is a script, not ${disguise}.`);

  // latin1 maps each byte to one character: ASCII patterns are found whatever the encoding.
  const text = head.toString('latin1').replace(utf8Bom, '');
  const isSvg = svgStart.test(text);
  const script = isSvg ? svgScriptIn(text) : null;
  if (script) return refuse('SVG_SCRIPT', `The SVG holds ${script}, which could run script in a browser.`);
  const [contentType, kind]: [string, ContentKind] = isSvg
    ? ['image/svg+xml', 'svg']
    : htmlStart.test(text)
      ? ['text/html', 'text']
      : isUtf8Text(head)
        ? [isTextType(declared) ? declared : textFallback, 'text']
        : [neutralType, 'other'];

  // Nothing was sniffed, so a claim of a format with a signature is false.
  if (hasSignature(declared)) return refuse('TYPE_MISMATCH', `The content is ${contentType}, not ${quoted(declared)}.`);
  if (isSignatureFamily(extensionFamilies[extension])) {
    return refuse('TYPE_MISMATCH', `The content is ${contentType}, not ${named(extension)}.`);
  }
  return accept(contentType, kind);
}

/**
 * Whether the upload may be stored, as what type, and whether it may be shown inline; or why not.
 * The name is judged as it will be stored (`safeFileName`), so `photo.png.` and bidi tricks name
 * the extension a reader will see.
 */
export function checkContent(input: ContentInput): ContentVerdict {
  const declared = normaliseType(input.declaredType) || neutralType;
  const extension = extensionOf(safeFileName(input.fileName));
  const sniffed = input.sniffed ? normaliseType(input.sniffed.mime) : null;
  // file-type calls any document with an XML declaration application/xml, SVGs included.
  if (sniffed && sniffed !== 'application/xml') return checkSniffed(sniffed, declared, extension);
  return checkUnsniffed(input.head, declared, extension, sniffed ?? 'text/plain');
}
