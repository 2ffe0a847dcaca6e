// Export handlers: build the packet's exchange file from the library, run the PDF engine on it (the CLI's wiring), print handouts.
import type { FeatureHandlers } from '../../../shared/ipc/contract.js';
import { AppError } from '../../../shared/ipc/errors.js';
import type { PdfExport, PdfExportRequest, PdfProfile } from '../../../shared/ipc/features/export.js';
import { format } from '../../../shared/citations/index.js';
import { LayoutAdjustmentError } from '../../../shared/pdf/adjust.js';
import { exportPacketPdf } from '../../../shared/pdf/export.js';
import { fillPlaceholders } from '../../../shared/packets/variables.js';
import { nodeDeflate } from '../pdf/export-file.js';
import { loadExportFonts } from '../pdf/fonts.js';
import type { DataStores } from '../storage/library.js';
import { isoWithOffset } from '../time.js';
import type { ServicesOptions } from '../types.js';
import { exchangeFileName } from './exchange.js';
import type { PacketLibrarySource } from './packet-library.js';
import { packetExchangeFile } from './packet-exchange.js';

export interface ExportDeps {
  stores: () => DataStores;
  library: Pick<PacketLibrarySource, 'template'>;
  resourcesDir: string;
  appVersion: string;
  now: () => Date;
  printPdf?: ServicesOptions['printPdf'];
}

const PROFILE_LABEL: Record<PdfProfile, string> = { full: 'Bộ tài liệu họp báo', handout: 'Tài liệu cung cấp cho báo chí' };

/** "<title> - <profile>.pdf", safe on Windows, macOS and Linux (the title cut to 100 characters, never the profile). */
export function pdfFileName(title: string, profile: PdfProfile): string {
  return `${exchangeFileName(title).replace(/\.spokesdesk$/, '')} - ${PROFILE_LABEL[profile]}.pdf`;
}

async function exportPdf(deps: ExportDeps, input: PdfExportRequest): Promise<PdfExport> {
  const now = isoWithOffset(deps.now());
  const { packet, file } = await packetExchangeFile(deps, input.packetId, now);
  const settings = deps.stores().settings.get();
  const fonts = await loadExportFonts(deps.resourcesDir, settings.useSystemTimesNewRoman);
  try {
    const { bytes, report, layout } = await exportPacketPdf(
      file,
      {
        profile: input.profile,
        preset: input.preset ?? null,
        cover: input.cover ?? null,
        toc: input.toc ?? null,
        watermark: input.watermark ?? 'auto',
        bilingual: input.bilingual ?? false,
        citations: input.footnotes ? 'footnotes' : 'endList',
        adjustments: input.adjustments ?? { marginsMm: {} },
        createdAt: now,
      },
      { fonts, formatCitation: format, appVersion: deps.appVersion, write: { deflate: nodeDeflate } },
    );
    // the title as printed: placeholders filled from the packet's variables (unfilled ones are already in the report)
    const title = fillPlaceholders(packet.title, packet, file.template);
    return { fileName: pdfFileName(title, input.profile), bytes, report, pages: layout.pages };
  } catch (error) {
    if (error instanceof LayoutAdjustmentError) {
      throw new AppError('validation', { reason: 'layout_range' }, error.issues.map((i) => ({ path: [i.field], message: error.message })));
    }
    throw error;
  }
}

export function exportApi(deps: ExportDeps): FeatureHandlers<'export'> {
  return {
    pdf: (input) => exportPdf(deps, input),

    async printHandout({ copies, ...options }) {
      const print = deps.printPdf;
      if (!print) throw new AppError('forbidden', { reason: 'print_unavailable' });
      // always the handout: what journalists receive never carries internal material, whatever the caller asks
      const { bytes, report } = await exportPdf(deps, { ...options, profile: 'handout' });
      const printed = await print(bytes, copies);
      return { pages: report.pages, copies, printed };
    },
  };
}
