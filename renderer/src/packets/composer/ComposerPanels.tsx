// The composer's side panel: variables, preflight, versions or the directives cited, one at a time.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateVariable } from '../../../../shared/model/template';
import type { PacketLocation } from '../../../../shared/packets/findings';
import { call } from '../../api/client';
import { Icon } from '../../ui/Icon';
import type { PanelId } from './ComposerHeader';
import { CitedPanel, PreflightPanel } from './PreflightPanel';
import type { Checks } from './useChecks';
import type { ComposerDraft } from './useComposerDraft';
import { VariablesPanel } from './VariablesPanel';
import { VersionsPanel } from './VersionsPanel';

/** The cited list follows the text: refreshed this long after the last save while it is shown. */
const CITED_REFRESH_MS = 1_500;

interface ComposerPanelsProps {
  panel: PanelId;
  draft: ComposerDraft;
  checks: Checks;
  declared: readonly TemplateVariable[];
  readOnly: boolean;
  sectionTitles: ReadonlyMap<string, string>;
  onClose(): void;
  onJump(location: PacketLocation): void;
  onInsertVariable(name: string): void;
}

export function ComposerPanels({ panel, draft, checks, declared, readOnly, sectionTitles, onClose, onJump, onInsertVariable }: ComposerPanelsProps) {
  const { t } = useTranslation();
  const { stored } = draft;
  const { runCited } = checks;

  useEffect(() => {
    if (panel !== 'cited') return undefined;
    const timer = setTimeout(() => void runCited(), CITED_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [panel, stored.updatedAt, runCited]);

  return (
    <aside className="composer-panel" aria-labelledby="composer-panel-title" data-panel={panel}>
      <header className="composer-panel__head">
        <h2 id="composer-panel-title" className="composer-panel__title">
          {t(`packetComposer.panels.${panel}`)}
        </h2>
        <button type="button" className="icon-button icon-button--small" onClick={onClose} aria-label={t('packetComposer.panels.close')}>
          <Icon name="close" size={16} />
        </button>
      </header>
      {panel === 'variables' ? <VariablesPanel declared={declared} values={draft.variables} readOnly={readOnly} onChange={draft.setVariable} onInsert={onInsertVariable} /> : null}
      {panel === 'preflight' ? (
        <PreflightPanel
          report={checks.report}
          running={checks.running}
          error={checks.error}
          profile={checks.profile}
          outdated={checks.report !== null && (draft.saveState !== 'saved' || Date.parse(draft.contentSavedAt) > Date.parse(checks.report.checkedAt))}
          sectionTitles={sectionTitles}
          variableLabels={new Map(declared.map((v) => [v.name, v.label]))}
          onProfile={checks.setProfile}
          onRun={() => void checks.run()}
          onJump={onJump}
        />
      ) : null}
      {panel === 'versions' ? (
        <VersionsPanel
          packetId={stored.id}
          packetUpdatedAt={stored.updatedAt}
          locked={draft.locked}
          by=""
          ensureSaved={draft.flush}
          onSaved={draft.adopt}
          onRestore={async (number) => {
            await draft.flush();
            const outcome = await call('versions', 'restore', { packetId: stored.id, number, by: '' });
            draft.replace(outcome.packet);
          }}
        />
      ) : null}
      {panel === 'cited' ? <CitedPanel report={checks.cited} running={checks.citedRunning} /> : null}
    </aside>
  );
}
