// The open packet's commands for the shell's shortcuts and menu: find in packet, save a version (Ctrl+S), export PDF (Ctrl+E), print (Ctrl+P).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Packet } from '../../../../shared/model/packet';
import { call } from '../../api/client';
import { errorMessage } from '../../api/errors';
import { useScreenCommands } from '../../app/shellContext';
import { useToasts } from '../../ui/Toasts';

interface ComposerCommandOptions {
  packetId: string;
  /** Writes pending edits first, so the version holds what is on screen. */
  flush(): Promise<void>;
  /** The version step stored the packet anew. */
  adopt(packet: Packet): void;
  /** Opens the export step, for an export or for printing (the press handout, then the copies). */
  openExport(purpose: 'export' | 'print'): void;
}

export interface ComposerCommands {
  find: { open: boolean; request: number };
  closeFind(): void;
}

export function useComposerCommands({ packetId, flush, adopt, openExport }: ComposerCommandOptions): ComposerCommands {
  const { t } = useTranslation();
  const toasts = useToasts();
  const [find, setFind] = useState({ open: false, request: 0 });
  const [saving, setSaving] = useState(false);

  const saveVersion = async () => {
    if (saving) return;
    setSaving(true);
    try {
      await flush();
      const outcome = await call('versions', 'create', { packetId, label: '', by: '' });
      adopt(outcome.packet);
      toasts.notify({ message: t('shell.commands.versionSaved', { number: outcome.version.number }), tone: 'success' });
    } catch (error) {
      toasts.notify({ message: t('shell.commands.versionFailed', { message: errorMessage(t, error) }), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  useScreenCommands({
    findInPacket: () => setFind((current) => ({ open: true, request: current.request + 1 })),
    saveVersion: () => void saveVersion(),
    exportPdf: () => openExport('export'),
    // Printing is of the press handout, made by the export: the export opens on the handout and offers copies after it.
    print: () => openExport('print'),
  });

  return { find, closeFind: () => setFind((current) => ({ ...current, open: false })) };
}
