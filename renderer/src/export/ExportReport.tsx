// The export report: pages, characters the font lacks, what the handout left out, and layout warnings.
import { useTranslation } from 'react-i18next';
import type { PdfExport } from '../../../shared/ipc/features/export';

export function ExportReport({ result }: { result: PdfExport }) {
  const { t } = useTranslation();
  const { report } = result;
  const ex = report.excluded;
  return (
    <section className="export-report" data-testid="export-report" aria-live="polite">
      <p className="export-report__done">
        <strong>{t('pdfExport.done', { fileName: result.fileName })}</strong>
        <span> · {t('pdfExport.pages', { count: report.pages })}</span>
      </p>
      {report.missingGlyphs.length === 0 ? (
        <p className="export-report__ok">{t('pdfExport.missingNone')}</p>
      ) : (
        <div className="notice notice--warning">
          <p>{t('pdfExport.missingTitle')}</p>
          <ul>
            {report.missingGlyphs.map((m) => (
              <li key={`${m.codePoint}-${m.style}`}>
                {t('pdfExport.missingItem', { char: m.char, code: m.codePoint.toString(16).toUpperCase().padStart(4, '0'), count: m.count, page: m.firstPage })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.profile === 'handout' ? (
        <p>
          {t('pdfExport.excludedTitle')} {t('pdfExport.excluded', { sections: ex.sections, notes: ex.internalNotes, qa: ex.sensitiveQa, points: ex.internalTalkingPoints })}
        </p>
      ) : null}
      {report.warnings.length > 0 ? (
        <div>
          <p>{t('pdfExport.warningsTitle')}</p>
          <ul className="export-report__warnings">
            {report.warnings.map((w, index) => (
              <li key={`${w.code}-${index}`}>{t(`pdfExport.warning.${w.code}`, { detail: w.detail })}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
