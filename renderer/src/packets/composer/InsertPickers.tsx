// The composer's insert commands: the palette (Ctrl+/) and the pickers that put a citation, excerpt, talking point, Q&A or variable at the cursor.
import type { Editor } from '@tiptap/react';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QAItem } from '../../../../shared/model/qa-item';
import type { TalkingPoint } from '../../../../shared/model/talking-point';
import { Dialog } from '../../ui/Dialog';
import { PickerDialog } from './PickerDialog';
import { directiveItems, excerptItems, qaItems, talkingPointItems, variableItems, type Labels } from './pickerItems';
import type { ComposerLibrary } from './useComposerLibrary';

export const INSERT_KINDS = ['citation', 'talkingPoint', 'qa', 'variable', 'internalNote', 'excerpt'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

/** The revision a block should carry: the current one when approved, else the last approved one (a draft edit is not taken). */
export function insertableRevision(item: TalkingPoint | QAItem): number {
  if (item.approval.status === 'approved') return item.revision;
  return item.revisions.at(-1)?.revision ?? item.revision;
}

export interface InsertRequest {
  kind: InsertKind | 'palette';
  editor: Editor;
}

interface InsertPickersProps {
  request: InsertRequest;
  library: ComposerLibrary;
  variables: Readonly<Record<string, string>>;
  onRequest(next: InsertRequest | null): void;
}

export function InsertPickers({ request, library, variables, onRequest }: InsertPickersProps) {
  const { t } = useTranslation();
  const [pinpoint, setPinpoint] = useState('');
  const { editor } = request;
  const labels = useMemo<Labels>(
    () => ({
      status: (status) => t(`directives.status.${status}`),
      approved: t('packetComposer.picker.approved'),
      draft: t('packetComposer.picker.draft'),
      sensitive: t('packetComposer.picker.sensitive'),
      internal: t('packetComposer.picker.internal'),
      rebuttal: t('packetComposer.picker.rebuttal'),
    }),
    [t],
  );
  const done = () => onRequest(null);
  const chain = () => editor.chain().focus();

  switch (request.kind) {
    case 'palette':
      return (
        <InsertPalette
          onChoose={(kind) => {
            if (kind !== 'internalNote') return onRequest({ kind, editor });
            chain().toggleInternalNote().run();
            done();
          }}
          onClose={done}
        />
      );
    case 'internalNote':
      // Needs no picker: the composer toggles the note when it is asked for (see requestInsert).
      return null;
    case 'citation':
      return (
        <PickerDialog
          testId="citation-picker"
          title={t('packetComposer.insert.citationTitle')}
          searchLabel={t('packetComposer.picker.searchDirectives')}
          placeholder={t('packetComposer.picker.directivePlaceholder')}
          items={directiveItems(library.directives.values(), labels)}
          emptyText={t('packetComposer.picker.noDirectives')}
          onClose={done}
          onPick={(item) => {
            chain().insertCitation({ directiveId: item.id, pinpoint: pinpoint.normalize('NFC').trim() }).run();
            done();
          }}
          extra={(pickActive) => (
            <label className="insert-picker__extra">
              <span className="field__label">{t('packetComposer.insert.pinpoint')}</span>
              <input
                className="input"
                value={pinpoint}
                placeholder={t('packetComposer.insert.pinpointPlaceholder')}
                onChange={(event) => setPinpoint(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  event.preventDefault();
                  pickActive();
                }}
              />
            </label>
          )}
        />
      );
    case 'excerpt':
      return (
        <PickerDialog
          testId="excerpt-picker"
          title={t('packetComposer.insert.excerptTitle')}
          searchLabel={t('packetComposer.picker.searchExcerpts')}
          placeholder={t('packetComposer.picker.directivePlaceholder')}
          items={excerptItems(library.directives.values(), labels)}
          emptyText={t('packetComposer.picker.noExcerpts')}
          onClose={done}
          onPick={(item) => {
            const [directiveId = '', excerptId = ''] = item.id.split('|');
            const excerpt = library.directives.get(directiveId)?.excerpts.find((e) => e.id === excerptId);
            if (excerpt) chain().insertDirectiveExcerpt({ directiveId, excerptId, text: excerpt.text }).run();
            done();
          }}
        />
      );
    case 'talkingPoint':
      return (
        <PickerDialog
          testId="talking-point-picker"
          title={t('packetComposer.insert.talkingPointTitle')}
          searchLabel={t('packetComposer.picker.searchTalkingPoints')}
          placeholder={t('packetComposer.picker.libraryPlaceholder')}
          items={talkingPointItems(library.talkingPoints.values(), labels)}
          emptyText={t('packetComposer.picker.noTalkingPoints')}
          onClose={done}
          onPick={(item) => {
            const point = library.talkingPoints.get(item.id);
            if (point) chain().insertTalkingPoint({ talkingPointId: point.id, revision: insertableRevision(point) }).run();
            done();
          }}
        />
      );
    case 'qa':
      return (
        <PickerDialog
          testId="qa-picker"
          title={t('packetComposer.insert.qaTitle')}
          searchLabel={t('packetComposer.picker.searchQa')}
          placeholder={t('packetComposer.picker.libraryPlaceholder')}
          items={qaItems(library.qaItems.values(), labels)}
          emptyText={t('packetComposer.picker.noQa')}
          onClose={done}
          onPick={(item) => {
            const found = library.qaItems.get(item.id);
            if (found) chain().insertQa({ qaId: found.id, revision: insertableRevision(found) }).run();
            done();
          }}
        />
      );
    case 'variable': {
      const declared = library.template?.variables ?? [];
      const names = [...new Set([...declared.map((v) => v.name), ...Object.keys(variables)])];
      const labelOf = (name: string) => declared.find((v) => v.name === name)?.label ?? '';
      return (
        <PickerDialog
          testId="variable-picker"
          title={t('packetComposer.insert.variableTitle')}
          searchLabel={t('packetComposer.picker.searchVariables')}
          placeholder={t('packetComposer.picker.variablePlaceholder')}
          items={variableItems(names, labelOf, (name) => variables[name] ?? '')}
          emptyText={t('packetComposer.picker.noVariables')}
          onClose={done}
          onPick={(item) => {
            chain().insertVariable({ name: item.id }).run();
            done();
          }}
        />
      );
    }
  }
}

function InsertPalette({ onChoose, onClose }: { onChoose(kind: InsertKind): void; onClose(): void }) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);
  const firstRef = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.findIndex((button) => button === document.activeElement);
    const delta = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    buttons[(at + delta + buttons.length) % buttons.length]?.focus();
  };
  return (
    <Dialog title={t('packetComposer.insert.paletteTitle')} onRequestClose={onClose} closeLabel={t('common.close')} initialFocus={firstRef}>
      <ul className="insert-palette" ref={listRef} onKeyDown={onKeyDown} aria-label={t('packetComposer.insert.paletteTitle')}>
        {INSERT_KINDS.map((kind, index) => (
          <li key={kind}>
            <button type="button" className="insert-palette__item" ref={index === 0 ? firstRef : undefined} onClick={() => onChoose(kind)}>
              <span className="insert-palette__label">{t(`packetComposer.insert.kinds.${kind}`)}</span>
              <span className="insert-palette__hint">{t(`packetComposer.insert.hints.${kind}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
