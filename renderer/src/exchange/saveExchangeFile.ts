// Saves the bytes of an exported .spokesdesk file through the same Blob download as the PDF export.
import type { ExchangeFileBytes } from '../../../shared/ipc/features/exchange';
import { saveBytes } from '../export/save';

export const EXCHANGE_MIME_TYPE = 'application/json';

export function saveExchangeFile(file: ExchangeFileBytes): void {
  saveBytes(file.bytes, file.fileName, EXCHANGE_MIME_TYPE);
}
