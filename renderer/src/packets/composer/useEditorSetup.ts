// The composer's additions to every section editor: Ctrl+/ opens the insert palette, the insert menu, find-in-packet highlights.
import { Extension } from '@tiptap/core';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InsertMenuItem } from '../../editor/RichTextEditor';
import { FindHighlight } from './findHighlight';
import type { InsertKind, InsertRequest } from './InsertPickers';

export interface EditorSetup {
  extensions: readonly Extension[];
  insertMenu: InsertMenuItem[];
  /** The picker asked for (citation, talking point, …), or null. */
  insert: InsertRequest | null;
  setInsert(request: InsertRequest | null): void;
}

export function useEditorSetup(): EditorSetup {
  const { t } = useTranslation();
  const [insert, setInsert] = useState<InsertRequest | null>(null);

  const requestInsert = useCallback((kind: InsertKind | 'palette', editor: Editor) => {
    if (kind === 'internalNote') editor.chain().focus().toggleInternalNote().run();
    else setInsert({ kind, editor });
  }, []);
  const paletteOpener = useRef<(editor: Editor) => void>(() => undefined);
  useEffect(() => {
    paletteOpener.current = (editor) => requestInsert('palette', editor);
  }, [requestInsert]);
  const extensions = useMemo(
    () => [
      Extension.create({
        name: 'composerInsertPalette',
        addKeyboardShortcuts() {
          return {
            'Mod-/': () => {
              paletteOpener.current(this.editor);
              return true;
            },
          };
        },
      }),
      FindHighlight,
    ],
    [],
  );
  const insertMenu = useMemo<InsertMenuItem[]>(
    () =>
      (['citation', 'talkingPoint', 'qa', 'variable', 'excerpt'] as const).map((kind) => ({
        id: `composer-${kind}`,
        label: t(`packetComposer.insert.kinds.${kind}`),
        keys: kind === 'citation' ? 'Ctrl+/' : undefined,
        run: (editor: Editor) => requestInsert(kind, editor),
      })),
    [t, requestInsert],
  );
  return { extensions, insertMenu, insert, setInsert };
}
