// Types of pdf-lib's single-file ES build: the same API as the package entry.
declare module 'pdf-lib/dist/pdf-lib.esm.min.js' {
  export * from 'pdf-lib';
}
