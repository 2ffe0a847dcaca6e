// Packet exchange file format: one JSON file holding a packet (or a library) plus every document it references.
import { z } from 'zod';
import { isoDateTimeSchema, line } from '../model/common.js';
import { directiveSchema } from '../model/directive.js';
import { packetSchema } from '../model/packet.js';
import { qaItemSchema } from '../model/qa-item.js';
import { talkingPointSchema } from '../model/talking-point.js';
import { templateSchema } from '../model/template.js';
import { collectPacketReferences, collectQaReferences, collectTalkingPointReferences } from './references.js';

export const EXCHANGE_FORMAT_VERSION = 1;

/** The issuing office as printed in the document's header block (from the exporting office's settings). */
export const exchangeAgencySchema = z
  .object({
    agencyName: line(300).default(''),
    parentAgencyName: line(300).default(''),
    placeName: line(100).default(''),
    spokespersonName: line(200).default(''),
    spokespersonTitle: line(200).default(''),
  })
  .strict();
export type ExchangeAgency = z.infer<typeof exchangeAgencySchema>;

const envelopeShape = {
  formatVersion: z.literal(EXCHANGE_FORMAT_VERSION),
  exportedAt: isoDateTimeSchema,
  app: z.object({ name: z.literal('Spokesdesk'), version: line(40).min(1) }).strict(),
};

const libraryShape = {
  directives: z.array(directiveSchema).max(100_000).default([]),
  talkingPoints: z.array(talkingPointSchema).max(100_000).default([]),
  qaItems: z.array(qaItemSchema).max(100_000).default([]),
};

const packetFileObject = z
  .object({
    ...envelopeShape,
    kind: z.literal('packet'),
    packet: packetSchema,
    /** The template the packet was made from: document type name, variable labels. */
    template: templateSchema.nullable().default(null),
    agency: exchangeAgencySchema.default({ agencyName: '', parentAgencyName: '', placeName: '', spokespersonName: '', spokespersonTitle: '' }),
    ...libraryShape,
  })
  .strict();

const libraryFileObject = z
  .object({
    ...envelopeShape,
    kind: z.literal('library'),
    ...libraryShape,
    templates: z.array(templateSchema).max(10_000).default([]),
  })
  .strict();

type LibraryArrays = z.infer<z.ZodObject<typeof libraryShape>>;

function checkUniqueIds(file: LibraryArrays, ctx: z.RefinementCtx): void {
  for (const key of ['directives', 'talkingPoints', 'qaItems'] as const) {
    const seen = new Set<string>();
    file[key].forEach((doc, index) => {
      if (seen.has(doc.id)) ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: 'exchange.duplicateId' });
      seen.add(doc.id);
    });
  }
}

/** Every document the packet (and the talking points / Q&A inside it) refers to must travel with it. */
function checkPacketReferences(file: z.infer<typeof packetFileObject>, ctx: z.RefinementCtx): void {
  checkUniqueIds(file, ctx);
  const refs = collectPacketReferences(file.packet);
  for (const point of file.talkingPoints) collectTalkingPointReferences(point, refs);
  for (const item of file.qaItems) collectQaReferences(item, refs);
  const present = {
    directiveIds: new Set(file.directives.map((d) => d.id)),
    talkingPointIds: new Set(file.talkingPoints.map((t) => t.id)),
    qaIds: new Set(file.qaItems.map((q) => q.id)),
  };
  for (const key of Object.keys(present) as Array<keyof typeof present>) {
    for (const id of [...refs[key]].sort()) {
      if (!present[key].has(id)) ctx.addIssue({ code: 'custom', path: ['packet'], message: `exchange.missingReference:${key}:${id}` });
    }
  }
}

export const packetExchangeSchema = packetFileObject.superRefine(checkPacketReferences);
export type PacketExchange = z.infer<typeof packetExchangeSchema>;

export const libraryExchangeSchema = libraryFileObject.superRefine(checkUniqueIds);
export type LibraryExchange = z.infer<typeof libraryExchangeSchema>;

/** Either kind of exchange file, told apart by `kind`. */
export const exchangeFileSchema = z.discriminatedUnion('kind', [packetFileObject, libraryFileObject]).superRefine((file, ctx) => {
  if (file.kind === 'packet') checkPacketReferences(file, ctx);
  else checkUniqueIds(file, ctx);
});
export type ExchangeFile = z.infer<typeof exchangeFileSchema>;
export type ExchangeFileInput = z.input<typeof exchangeFileSchema>;
