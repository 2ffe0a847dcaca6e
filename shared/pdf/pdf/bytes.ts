// A growable byte buffer for content streams: operators as ASCII, glyph codes as raw bytes, no intermediate strings.
export class ByteWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;

  private reserve(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + extra) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** Appends a string of ASCII (or latin1) characters, one byte each. */
  ascii(text: string): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
  }

  bytes(data: Uint8Array): void {
    this.reserve(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  /** The bytes written so far (a copy). */
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
