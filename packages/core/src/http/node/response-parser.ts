// An incremental HTTP/1.1 response parser: feed it socket chunks, it tells when the response is
// whole. Strict about framing (a body is exactly Content-Length bytes, or chunked, or everything
// until the connection closes) because a misread frame would hand the next response to the wrong
// request. Anything malformed throws ProtocolError and the connection is dropped.

import { HTTP_TOKEN } from '../token.js';

const MAX_HEAD_BYTES = 64 * 1024;
const CRLF = 0x0a; // we look for LF and require the CR before it
const HEAD_END = Buffer.from('\r\n\r\n');
const BAD_VALUE = /[\0\r\n]/;

/** Strips HTTP whitespace (spaces and tabs) at both ends, as Fetch does, and nothing else. */
function trimWhitespace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text.charCodeAt(start) === 0x20 || text.charCodeAt(start) === 0x09)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

export interface ParsedResponse {
  status: number;
  statusText: string;
  /** Header pairs in wire order; names lowercase. */
  headers: [string, string][];
  body: Uint8Array;
  /** Whether the connection may carry another request. */
  keepAlive: boolean;
}

type State = 'head' | 'length' | 'chunk-size' | 'chunk-data' | 'chunk-end' | 'trailers' | 'until-close' | 'done';

export class ResponseParser {
  #state: State = 'head';
  #pending: Buffer | undefined;
  #status = 0;
  #statusText = '';
  #headers: [string, string][] = [];
  #keepAlive = true;
  #remaining = 0;
  #chunks: Buffer[] = [];
  #size = 0;
  readonly #noBody: boolean;
  /** Bytes seen so far (a retry on a stale connection is safe only while this is 0). */
  received = 0;

  /** @param method the request method: a HEAD response has no body whatever its headers say */
  constructor(method: string) {
    this.#noBody = method === 'HEAD';
  }

  get done(): boolean {
    return this.#state === 'done';
  }

  /** Consumes a chunk; returns true once the response is complete. */
  push(chunk: Buffer): boolean {
    this.received += chunk.length;
    let data = this.#pending ? Buffer.concat([this.#pending, chunk]) : chunk;
    this.#pending = undefined;
    while (data.length > 0 && this.#state !== 'done') data = this.#step(data);
    if (this.#state === 'done' && data.length > 0) this.#keepAlive = false; // bytes nobody asked for
    return this.#state === 'done';
  }

  /** The connection closed: completes a read-until-close body, otherwise the response is truncated. */
  end(): boolean {
    if (this.#state === 'until-close') {
      this.#state = 'done';
      this.#keepAlive = false;
      return true;
    }
    if (this.#state === 'done') return true;
    throw new ProtocolError(
      this.#state === 'head' ? 'connection closed before the response headers' : 'connection closed mid-body',
    );
  }

  result(): ParsedResponse {
    if (this.#state !== 'done') throw new ProtocolError('response is not complete');
    const body = this.#chunks.length === 1 ? (this.#chunks[0] as Buffer) : Buffer.concat(this.#chunks, this.#size);
    return {
      status: this.#status,
      statusText: this.#statusText,
      headers: this.#headers,
      body,
      keepAlive: this.#keepAlive,
    };
  }

  #step(data: Buffer): Buffer {
    switch (this.#state) {
      case 'head':
        return this.#readHead(data);
      case 'length':
        return this.#collectRemaining(data, 'done');
      case 'until-close':
        this.#collect(data);
        return data.subarray(data.length);
      case 'chunk-size': {
        const line = this.#line(data);
        if (!line) return this.#keep(data);
        const size = line.text.split(';', 1)[0]?.trim() ?? '';
        if (!/^[0-9a-fA-F]{1,12}$/.test(size)) throw new ProtocolError('bad chunk size');
        this.#remaining = Number.parseInt(size, 16);
        this.#state = this.#remaining === 0 ? 'trailers' : 'chunk-data';
        return line.rest;
      }
      case 'chunk-data':
        return this.#collectRemaining(data, 'chunk-end');
      case 'chunk-end': {
        const line = this.#line(data);
        if (!line) return this.#keep(data);
        if (line.text !== '') throw new ProtocolError('chunk not followed by CRLF');
        this.#state = 'chunk-size';
        return line.rest;
      }
      case 'trailers': {
        const line = this.#line(data);
        if (!line) return this.#keep(data);
        if (line.text === '') this.#state = 'done'; // trailer fields are read and dropped
        return line.rest;
      }
      default:
        return data;
    }
  }

  /** Collects up to the #remaining body bytes; moves to `next` once they are all in. */
  #collectRemaining(data: Buffer, next: State): Buffer {
    const take = Math.min(this.#remaining, data.length);
    this.#collect(data.subarray(0, take));
    this.#remaining -= take;
    if (this.#remaining === 0) this.#state = next;
    return data.subarray(take);
  }

  #collect(part: Buffer): void {
    if (part.length === 0) return;
    this.#chunks.push(part);
    this.#size += part.length;
  }

  /** Keeps a partial line for the next chunk (bounded like a head). */
  #keep(data: Buffer): Buffer {
    if (data.length > MAX_HEAD_BYTES) throw new ProtocolError('line too long');
    this.#pending = data;
    return data.subarray(data.length);
  }

  #line(data: Buffer): { text: string; rest: Buffer } | undefined {
    const lf = data.indexOf(CRLF);
    if (lf < 0) return undefined;
    if (lf === 0 || data[lf - 1] !== 0x0d) throw new ProtocolError('line not ended by CRLF');
    return { text: data.toString('latin1', 0, lf - 1), rest: data.subarray(lf + 1) };
  }

  #readHead(data: Buffer): Buffer {
    const end = data.indexOf(HEAD_END);
    if (end < 0) {
      if (data.length > MAX_HEAD_BYTES) throw new ProtocolError('response head larger than 64 KiB');
      this.#pending = data;
      return data.subarray(data.length);
    }
    const lines = data.toString('latin1', 0, end).split('\r\n');
    const statusLine = /^HTTP\/1\.([01]) (\d{3})(?: (.*))?$/.exec(lines[0] ?? '');
    if (!statusLine) throw new ProtocolError('not an HTTP/1.x status line');
    const status = Number(statusLine[2]);
    const rest = data.subarray(end + 4);
    // Interim answers (100 Continue, 103 Early Hints) precede the real one.
    if (status >= 100 && status < 200) {
      if (status === 101) throw new ProtocolError('unexpected protocol switch');
      return rest;
    }
    const headers: [string, string][] = [];
    let length: string | undefined;
    let chunked = false;
    let otherCoding = false;
    let close = statusLine[1] === '0';
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).toLowerCase();
      if (colon <= 0 || !HTTP_TOKEN.test(name)) throw new ProtocolError('malformed header line');
      const value = trimWhitespace(line.slice(colon + 1));
      // What Fetch's Headers would refuse is refused here, before anyone reads the headers.
      if (BAD_VALUE.test(value)) throw new ProtocolError('malformed header value');
      headers.push([name, value]);
      if (name === 'content-length') {
        // Repeated or listed values must agree; anything else could desynchronise the stream.
        for (const part of value.split(',')) {
          const v = part.trim();
          if (!/^\d{1,15}$/.test(v) || (length !== undefined && length !== v))
            throw new ProtocolError('invalid Content-Length');
          length = v;
        }
      } else if (name === 'transfer-encoding') {
        const codings = value
          .toLowerCase()
          .split(',')
          .map((c) => c.trim());
        chunked = codings.at(-1) === 'chunked';
        otherCoding = !chunked;
      } else if (name === 'connection' && (value !== 'keep-alive' || statusLine[1] === '0')) {
        // (plain `keep-alive` on HTTP/1.1, the usual case, changes nothing)
        const options = value
          .toLowerCase()
          .split(',')
          .map((c) => c.trim());
        if (options.includes('close')) close = true;
        else if (options.includes('keep-alive') && statusLine[1] === '0') close = false;
      }
    }
    this.#status = status;
    this.#statusText = statusLine[3] ?? '';
    this.#headers = headers;
    // Both framings at once is how responses get smuggled: read chunked, then drop the connection.
    this.#keepAlive = !close && !(chunked && length !== undefined);
    if (this.#noBody || status === 204 || status === 304) this.#state = 'done';
    else if (chunked) this.#state = 'chunk-size';
    else if (otherCoding || length === undefined) {
      this.#state = 'until-close';
      this.#keepAlive = false;
    } else {
      this.#remaining = Number(length);
      this.#state = this.#remaining === 0 ? 'done' : 'length';
    }
    return rest;
  }
}
