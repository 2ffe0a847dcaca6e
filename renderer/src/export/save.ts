// Saves exported bytes through a Blob download with a suggested name (Electron turns the download into a save dialog).
export function saveBytes(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started reading the Blob; give it a moment before releasing the URL
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
