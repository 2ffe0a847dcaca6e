// Unicode helpers: every stored and laid-out string is NFC; search folds Vietnamese diacritics.
export function nfc(text: string): string {
  return text.normalize('NFC');
}

/** Folds for diacritics-insensitive matching: NFD, drop combining marks, đ→d, lower-case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
