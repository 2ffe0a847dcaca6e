// The packet composer: outline, one section at a time in the rich editor, side panels (variables, preflight, versions, cited), status steps.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Packet } from '../../../../shared/model/packet';
import type { PacketLocation } from '../../../../shared/packets/findings';
import { fillPlaceholders } from '../../../../shared/packets/variables';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import type { ItemFocus } from '../../app/itemRoute';
import { useRecordRecentPacket } from '../../app/recentPackets';
import { useReportReady } from '../../app/shellContext';
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import type { RichTextEditorHandle } from '../../editor/RichTextEditor';
import { useToasts } from '../../ui/Toasts';
import { localToday } from '../labels';
import { ComposerHeader, type PanelId } from './ComposerHeader';
import { ComposerPanels } from './ComposerPanels';
import { ExportGate } from './ExportGate';
import { FindBar } from './FindBar';
import { InsertPickers } from './InsertPickers';
import { jumpTo } from './jump';
import { useKeptReferences } from './keptReferences';
import { Outline } from './Outline';
import { buildResolver } from './referenceResolver';
import { SectionEditor } from './SectionEditor';
import { ApproveDialog, ReopenDialog } from './StatusDialogs';
import { useChecks } from './useChecks';
import { useComposerCommands } from './useComposerCommands';
import { useComposerDraft } from './useComposerDraft';
import { useComposerLibrary } from './useComposerLibrary';
import { useEditorSetup } from './useEditorSetup';
import { useExternalLinks } from './useExternalLinks';
import { focusedSection, useSearchFocus } from './useSearchFocus';
import { useStatusSteps } from './useStatusSteps';

interface ComposerProps {
  packetId: string;
  initialLocation: PacketLocation | null;
  /** A search hit's section and words to show (from the route); a new object each time the palette opens one. */
  searchFocus?: ItemFocus | null;
  onClose(): void;
  onOpenPacket(id: string): void;
}

/** Loads the packet, then shows the workspace (again after a conflict, with what is stored now). */
export function Composer({ packetId, initialLocation, searchFocus = null, onClose }: ComposerProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<{ packet: Packet; load: number } | { error: unknown } | null>(null);
  const [load, setLoad] = useState(0);
  useEffect(() => {
    let current = true;
    call('packets', 'get', { id: packetId }).then(
      (packet) => current && setState({ packet, load }),
      (error: unknown) => current && setState({ error }),
    );
    return () => {
      current = false;
    };
  }, [packetId, load]);
  useReportReady(state !== null);
  useRecordRecentPacket(packetId, state !== null && 'packet' in state);

  if (state === null) return <p className="composer__loading">{t('common.loading')}</p>;
  if ('error' in state) {
    return (
      <div className="screen-body screen-body--padded">
        <div className="notice notice--error" role="alert">
          <span>{t('packetComposer.loadFailed', { message: errorMessage(t, state.error) })}</span>
          <button type="button" className="button" onClick={onClose}>
            {t('packetComposer.back')}
          </button>
        </div>
      </div>
    );
  }
  return <Workspace key={state.load} initial={state.packet} initialLocation={initialLocation} searchFocus={searchFocus} onClose={onClose} onReload={() => setLoad((n) => n + 1)} />;
}

interface WorkspaceProps {
  initial: Packet;
  initialLocation: PacketLocation | null;
  searchFocus: ItemFocus | null;
  onClose(): void;
  onReload(): void;
}

function Workspace({ initial, initialLocation, searchFocus, onClose, onReload }: WorkspaceProps) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [stoppedBy, setStoppedBy] = useState<unknown>(null);
  const draft = useComposerDraft(initial, setStoppedBy);
  const { stored } = draft;
  const { library, reload: reloadLibrary } = useComposerLibrary(stored.templateId);
  const checks = useChecks(stored.id, draft.flush);
  const steps = useStatusSteps(draft, checks);
  const kept = useKeptReferences(initial.id);
  const [activeId, setActiveId] = useState<string | null>(initialLocation?.sectionId ?? focusedSection(initial, searchFocus) ?? initial.sections[0]?.id ?? null);
  const [visited, setVisited] = useState(() => new Set(activeId ? [activeId] : []));
  const [panel, setPanel] = useState<PanelId | null>(initialLocation ? 'variables' : null);
  const [exporting, setExporting] = useState<'export' | 'print' | null>(null);
  const handles = useRef(new Map<string, RichTextEditorHandle>());
  const pendingJump = useRef<PacketLocation | null>(initialLocation);
  const readOnly = draft.locked || stoppedBy !== null;
  const links = useExternalLinks();
  const commands = useComposerCommands({ packetId: stored.id, flush: draft.flush, adopt: draft.adopt, openExport: setExporting });

  const resolver = useMemo(() => buildResolver({ library, variables: draft.variables, kept, today: localToday() }), [library, draft.variables, kept]);

  const { extensions, insertMenu, insert, setInsert } = useEditorSetup();

  const select = useCallback(
    (sectionId: string) => {
      if (sectionId === activeId) return;
      void draft.flush();
      setVisited((current) => (current.has(sectionId) ? current : new Set(current).add(sectionId)));
      setActiveId(sectionId);
    },
    [activeId, draft],
  );

  const jump = useCallback(
    (location: PacketLocation) => {
      if (location.sectionId === null) {
        setPanel('variables');
        return;
      }
      pendingJump.current = location;
      if (location.sectionId === activeId) {
        const editor = handles.current.get(location.sectionId)?.editor();
        if (editor) jumpTo(editor, location.pos);
        pendingJump.current = null;
      } else select(location.sectionId);
    },
    [activeId, select],
  );

  useEffect(() => {
    const location = pendingJump.current;
    if (!location || location.sectionId !== activeId) return undefined;
    const frame = requestAnimationFrame(() => {
      const editor = location.sectionId ? handles.current.get(location.sectionId)?.editor() : null;
      if (editor) jumpTo(editor, location.pos);
      pendingJump.current = null;
    });
    return () => cancelAnimationFrame(frame);
  }, [activeId, draft.generation]);

  const editorOf = useCallback((sectionId: string) => handles.current.get(sectionId)?.editor() ?? null, []);
  useSearchFocus({ focus: searchFocus, packet: stored, activeId, select, editorOf });

  useEffect(() => {
    if (stoppedBy === null) return;
    toasts.notify({ message: t('packetComposer.saveStopped', { message: errorMessage(t, stoppedBy) }), tone: 'error' });
  }, [stoppedBy, t, toasts]);

  const togglePanel = (id: PanelId) => {
    setPanel((current) => (current === id ? null : id));
    if (id === 'preflight' && panel !== 'preflight') {
      reloadLibrary();
      void checks.run();
    }
    if (id === 'cited' && panel !== 'cited') void checks.runCited();
  };

  const insertVariable = (name: string) => {
    const editor = activeId ? editorOf(activeId) : null;
    editor?.chain().focus().insertVariable({ name }).run();
  };

  // Section titles as printed ("tháng {{ky_bao_cao}}" filled); the stored titles keep their placeholders.
  const variables = draft.variables;
  const sections = useMemo(
    () => stored.sections.map((s) => ({ ...s, title: fillPlaceholders(s.title, { variables }, library.template) })),
    [stored.sections, variables, library.template],
  );
  const sectionTitles = useMemo(() => new Map(sections.map((s) => [s.id, s.title])), [sections]);
  const handleRefs = useMemo(
    () =>
      new Map(
        stored.sections.map((section) => [
          section.id,
          (handle: RichTextEditorHandle | null) => {
            if (handle) handles.current.set(section.id, handle);
            else handles.current.delete(section.id);
          },
        ]),
      ),
    [stored.sections],
  );

  return (
    <div className={`composer${panel ? ' composer--with-panel' : ''}`} data-testid="composer" data-packet-id={stored.id} data-save-state={draft.saveState} onClickCapture={links.onClickCapture} onAuxClickCapture={links.onAuxClickCapture}>
      <ComposerHeader
        packet={stored}
        title={draft.title}
        templateName={library.template?.name ?? ''}
        readOnly={readOnly}
        panel={panel}
        busy={steps.busy}
        onTitle={draft.setTitle}
        onBack={() => void draft.flush().finally(onClose)}
        onPanel={togglePanel}
        onStep={steps.request}
        onExport={() => setExporting('export')}
      />
      {draft.locked ? (
        <div className="locked-banner" role="status" data-testid="locked-banner">
          <span>{t(stored.status === 'delivered' ? 'packetStatus.lockedDelivered' : 'packetStatus.locked', { by: stored.approvedBy ?? '', at: stored.approvedAt ? formatDateTime(stored.approvedAt, currentLanguage()) : '' })}</span>
          <button type="button" className="button button--small" onClick={() => steps.request('reopen')}>
            {t('packetStatus.steps.reopen')}
          </button>
        </div>
      ) : null}
      {stoppedBy !== null ? (
        <div className="notice notice--error composer__stopped" role="alert">
          <span>{t('packetComposer.saveStopped', { message: errorMessage(t, stoppedBy) })}</span>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('packetComposer.reload')}
          </button>
        </div>
      ) : null}
      {commands.find.open ? (
        <FindBar
          sections={sections}
          activeId={activeId}
          focusRequest={commands.find.request}
          editorOf={editorOf}
          initialContent={draft.initialContent}
          select={select}
          onClose={commands.closeFind}
        />
      ) : null}
      <div className="composer__body">
        <Outline sections={sections} activeId={activeId} words={draft.words} findings={checks.bySection} onSelect={select} />
        <div className="composer__sections">
          {stored.sections.length === 0 ? <p className="empty-state__text">{t('packetComposer.noSections')}</p> : null}
          {sections.map((section, index) =>
            visited.has(section.id) ? (
              <SectionEditor
                key={`${section.id}:${draft.generation}`}
                section={section}
                index={index}
                initialContent={draft.initialContent(section.id)}
                hidden={section.id !== activeId}
                readOnly={readOnly}
                resolve={resolver}
                insertMenu={insertMenu}
                extensions={extensions}
                onChange={draft.sectionChanged}
                handleRef={handleRefs.get(section.id) ?? null}
              />
            ) : null,
          )}
        </div>
        {panel ? (
          <ComposerPanels
            panel={panel}
            draft={draft}
            checks={checks}
            declared={library.template?.variables ?? []}
            readOnly={readOnly}
            sectionTitles={sectionTitles}
            onClose={() => setPanel(null)}
            onJump={jump}
            onInsertVariable={insertVariable}
          />
        ) : null}
      </div>
      {insert ? <InsertPickers request={insert} library={library} variables={draft.variables} onRequest={setInsert} /> : null}
      {steps.dialog === 'approve' ? (
        <ApproveDialog
          errorCount={steps.errorCount}
          busy={steps.busy}
          error={steps.error}
          onApprove={(by, note) => void steps.approve(by, note)}
          onShowFindings={() => {
            steps.cancel();
            setPanel('preflight');
          }}
          onClose={steps.cancel}
        />
      ) : null}
      {steps.dialog === 'reopen' ? <ReopenDialog approvedBy={stored.approvedBy ?? ''} busy={steps.busy} onConfirm={() => void steps.reopen()} onCancel={steps.cancel} /> : null}
      {links.dialog}
      {exporting ? <ExportGate packet={stored} forPrinting={exporting === 'print'} checks={checks} onClose={() => setExporting(null)} onShowFindings={() => setPanel('preflight')} onRecorded={draft.adopt} /> : null}
    </div>
  );
}
