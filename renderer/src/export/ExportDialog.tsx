// The PDF export dialog: options for the chosen print, the export with elapsed time, then the report and saving the file.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { PRESETS as LAYOUT_PRESETS } from '../../../shared/pdf/presets';
import { useTranslation } from 'react-i18next';
import type { PdfExport, PdfExportRequest } from '../../../shared/ipc/features/export';
import { call } from '../api/client';
import { errorMessage } from '../api/errors';
import type { PacketExportRequest } from '../packets/composer/exportHook';
import { Dialog } from '../ui/Dialog';
import { ExportReport } from './ExportReport';
import { EMPTY_LAYOUT, LayoutFields, layoutAdjustments, type LayoutValues } from './LayoutFields';
import { PagePreview } from './PagePreview';
import { PrintHandouts, type PrintOptions } from './PrintHandouts';
import { saveBytes } from './save';
import { useElapsedSeconds } from './useElapsed';
import { FormAlert } from '../ui/FormAlert';

const PRESETS = ['packet', 'nd30', 'party'] as const;
const WATERMARKS = ['auto', 'always', 'never'] as const;
type PresetChoice = (typeof PRESETS)[number];
type WatermarkChoice = (typeof WATERMARKS)[number];

/** The exported handout's options without its profile: printing always makes the press handout. */
function printOptions({ packetId, preset, cover, toc, watermark, bilingual, footnotes, adjustments }: PdfExportRequest): PrintOptions {
  return { packetId, preset, cover, toc, watermark, bilingual, footnotes, adjustments };
}

interface ExportDialogProps {
  request: PacketExportRequest;
  onClose(): void;
}

export function ExportDialog({ request, onClose }: ExportDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const full = request.profile === 'full';
  const [preset, setPreset] = useState<PresetChoice>('packet');
  const [cover, setCover] = useState(full);
  const [toc, setToc] = useState(full);
  const [watermark, setWatermark] = useState<WatermarkChoice>('auto');
  const [bilingual, setBilingual] = useState(false);
  const [footnotes, setFootnotes] = useState(false);
  const [layout, setLayout] = useState<LayoutValues>(EMPTY_LAYOUT);
  const ranges = LAYOUT_PRESETS[preset === 'packet' ? request.layoutPreset : preset];
  const adjustments = layoutAdjustments(layout, ranges);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [result, setResult] = useState<{ output: PdfExport; input: PdfExportRequest } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seconds = useElapsedSeconds(startedAt);
  const busy = startedAt !== null;
  const [finishedRuns, setFinishedRuns] = useState(0);
  const saveRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  // While exporting every control is disabled and focus falls out of the dialog; bring it back to the next step.
  useEffect(() => {
    if (finishedRuns > 0) (saveRef.current ?? startRef.current)?.focus();
  }, [finishedRuns]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || adjustments === null) return;
    const input: PdfExportRequest = {
      packetId: request.packetId,
      profile: request.profile,
      preset: preset === 'packet' ? null : preset,
      cover,
      toc,
      watermark,
      bilingual,
      footnotes,
      adjustments,
    };
    setError(null);
    setResult(null);
    setStartedAt(Date.now());
    try {
      setResult({ output: await call('export', 'pdf', input), input });
    } catch (failure) {
      setError(errorMessage(t, failure));
    } finally {
      setStartedAt(null);
      setFinishedRuns((runs) => runs + 1);
    }
  };

  const checkbox = (label: string, checked: boolean, onChange: (next: boolean) => void) => (
    <label className="export-check">
      <input type="checkbox" checked={checked} disabled={busy} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );

  return (
    <Dialog
      title={t('pdfExport.title', { profile: t(`pdfExport.profiles.${request.profile}`) })}
      variant="side"
      onRequestClose={() => (busy ? undefined : onClose())}
      closeLabel={t('common.close')}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.close')}
          </button>
          {result ? (
            <button type="button" className="button button--primary" ref={saveRef} onClick={() => saveBytes(result.output.bytes, result.output.fileName, 'application/pdf')}>
              {t('pdfExport.save')}
            </button>
          ) : null}
          <button type="submit" form={formId} ref={startRef} className={result ? 'button' : 'button button--primary'} disabled={busy || adjustments === null}>
            {result ? t('pdfExport.again') : t('pdfExport.start')}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={(event) => void submit(event)} noValidate>
        <p className="dialog__text">{t('pdfExport.profileFixed')}</p>
        <fieldset className="fieldset" disabled={busy}>
          <legend className="fieldset__legend">{t('pdfExport.options')}</legend>
          <label className="export-select">
            <span>{t('pdfExport.preset')}</span>
            <select
              className="select"
              value={preset}
              onChange={(event) => {
                setPreset(PRESETS.find((p) => p === event.target.value) ?? 'packet');
                setLayout(EMPTY_LAYOUT);
              }}
            >
              {PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(`pdfExport.presets.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="export-select">
            <span>{t('pdfExport.watermark')}</span>
            <select className="select" value={watermark} onChange={(event) => setWatermark(WATERMARKS.find((w) => w === event.target.value) ?? 'auto')}>
              {WATERMARKS.map((w) => (
                <option key={w} value={w}>
                  {t(`pdfExport.watermarks.${w}`)}
                </option>
              ))}
            </select>
          </label>
          {checkbox(t('pdfExport.cover'), cover, setCover)}
          {checkbox(t('pdfExport.toc'), toc, setToc)}
          {checkbox(t('pdfExport.footnotes'), footnotes, setFootnotes)}
          {checkbox(t('pdfExport.bilingual'), bilingual, setBilingual)}
        </fieldset>
        <LayoutFields values={layout} ranges={ranges} disabled={busy} onChange={setLayout} />
        {busy ? (
          <div className="export-progress" role="status">
            <progress className="export-progress__bar" aria-label={t('pdfExport.exporting')} />
            <span>
              {t('pdfExport.exporting')} {t('pdfExport.elapsed', { seconds })}
            </span>
          </div>
        ) : null}
        <FormAlert message={error} />
        {result ? <ExportReport result={result.output} /> : null}
        {result && request.profile === 'handout' ? <PrintHandouts options={printOptions(result.input)} /> : null}
        {result ? <PagePreview pages={result.output.pages} regionLabel={t('pdfExport.previewRegion')} label={(page) => t('pdfExport.previewPage', { page, total: result.output.pages.length })} /> : null}
      </form>
    </Dialog>
  );
}
