// The Node transport's HTTP/1.1 response parser, fed bytes the way a socket delivers them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProtocolError, ResponseParser } from '../../src/http/node/response-parser.js';

/** Feeds `wire` split at the given offsets; returns the parser once it reports completion. */
function parse(wire: string | Buffer, cuts: number[] = [], method = 'GET'): ResponseParser {
  const bytes = typeof wire === 'string' ? Buffer.from(wire, 'latin1') : wire;
  const parser = new ResponseParser(method);
  let from = 0;
  for (const at of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    if (parser.push(bytes.subarray(from, at))) return parser;
    from = at;
  }
  parser.push(bytes.subarray(from));
  return parser;
}
const text = (parser: ResponseParser) => Buffer.from(parser.result().body).toString('latin1');

describe('ResponseParser', () => {
  it('reads a Content-Length response, keeping the connection alive', () => {
    const parser = parse('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}');
    expect(parser.result()).toMatchObject({
      status: 200,
      statusText: 'OK',
      headers: [
        ['content-type', 'application/json'],
        ['content-length', '7'],
      ],
      keepAlive: true,
    });
    expect(text(parser)).toBe('{"a":1}');
  });

  it('reads a chunked response with extensions and trailers', () => {
    const wire =
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4;ext=1\r\nWiki\r\n5\r\npedia\r\n0\r\nx-trailer: 1\r\n\r\n';
    const parser = parse(wire);
    expect(text(parser)).toBe('Wikipedia');
    expect(parser.result().keepAlive).toBe(true);
  });

  it('skips interim 1xx answers', () => {
    const parser = parse('HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 2\r\n\r\n{}');
    expect(parser.result().status).toBe(201);
  });

  it('knows that HEAD, 204 and 304 answers have no body whatever their headers say', () => {
    expect(parse('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n', [], 'HEAD').done).toBe(true);
    expect(parse('HTTP/1.1 204 No Content\r\n\r\n').result().body).toHaveLength(0);
    expect(parse('HTTP/1.1 304 Not Modified\r\ncontent-length: 5\r\n\r\n').done).toBe(true);
  });

  it('reads to the end of the connection when there is no framing, and does not reuse it', () => {
    const parser = parse('HTTP/1.1 200 OK\r\n\r\nuntil close');
    expect(parser.done).toBe(false);
    expect(parser.end()).toBe(true);
    expect(text(parser)).toBe('until close');
    expect(parser.result().keepAlive).toBe(false);
  });

  it('drops the connection after Connection: close, HTTP/1.0, both framings, or extra bytes', () => {
    expect(parse('HTTP/1.1 200 OK\r\nconnection: close\r\ncontent-length: 0\r\n\r\n').result().keepAlive).toBe(false);
    expect(parse('HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n').result().keepAlive).toBe(false);
    const both = 'HTTP/1.1 200 OK\r\ncontent-length: 3\r\ntransfer-encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n';
    expect(parse(both).result().keepAlive).toBe(false);
    expect(parse('HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\nab').result().keepAlive).toBe(false);
  });

  it('calls a connection that closes mid-head or mid-body truncated', () => {
    const head = new ResponseParser('GET');
    head.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-le'));
    expect(() => head.end()).toThrow(/before the response headers/);
    const body = new ResponseParser('GET');
    body.push(Buffer.from('HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\n{"a"'));
    expect(() => body.end()).toThrow(/mid-body/);
  });

  it.each([
    ['a status line that is not HTTP/1.x', 'HTTP/2 200 OK\r\n\r\n'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nbroken\r\n\r\n'],
    ['conflicting Content-Length values', 'HTTP/1.1 200 OK\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\nx'],
    ['a negative Content-Length', 'HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n'],
    ['a chunk without its CRLF', 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1\r\nab\r\n'],
    ['a protocol switch', 'HTTP/1.1 101 Switching Protocols\r\n\r\n'],
  ])('refuses %s', (_name, wire) => {
    expect(() => parse(wire)).toThrow(ProtocolError);
  });

  it('trims header values as Fetch does (spaces and tabs only) and refuses values Fetch would refuse', () => {
    const head = (value: string) => `HTTP/1.1 204 No Content\r\nx-a:${value}\r\n\r\n`;
    expect(parse(head(' \t a b\xa0 \t')).result().headers).toEqual([['x-a', 'a b\xa0']]);
    for (const bad of ['a\0b', 'a\nb', 'a\rb'])
      expect(() => parse(head(bad)), JSON.stringify(bad)).toThrow(ProtocolError);
  });

  it('refuses a head larger than 64 KiB', () => {
    const parser = new ResponseParser('GET');
    expect(() => parser.push(Buffer.from(`HTTP/1.1 200 OK\r\nx: ${'a'.repeat(70_000)}`))).toThrow(/64 KiB/);
  });

  it('reads the same response however the socket splits it (property)', () => {
    const header = fc
      .stringMatching(/^[a-z][a-z0-9-]{0,10}$/)
      .filter((n) => !['content-length', 'transfer-encoding', 'connection'].includes(n));
    fc.assert(
      fc.property(
        fc.integer({ min: 200, max: 599 }),
        fc.array(
          fc.tuple(
            header,
            fc.stringMatching(/^[ -~]{0,20}$/).map((v) => v.trim()),
          ),
          { maxLength: 5 },
        ),
        fc.uint8Array({ maxLength: 300 }),
        fc.boolean(),
        fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 8 }),
        (status, headers, body, chunked, cuts) => {
          const bytes = Buffer.from(body);
          const lines = headers.map(([n, v]) => `${n}: ${v}\r\n`).join('');
          let framed: Buffer;
          if (status === 204 || status === 304) framed = Buffer.alloc(0);
          else if (!chunked) framed = bytes;
          else {
            const half = Math.floor(bytes.length / 2);
            const parts = [bytes.subarray(0, half), bytes.subarray(half)].filter((p) => p.length > 0);
            framed = Buffer.concat([
              ...parts.flatMap((p) => [Buffer.from(`${p.length.toString(16)}\r\n`), p, Buffer.from('\r\n')]),
              Buffer.from('0\r\n\r\n'),
            ]);
          }
          const framing = chunked ? 'transfer-encoding: chunked\r\n' : `content-length: ${framed.length}\r\n`;
          const wire = Buffer.concat([Buffer.from(`HTTP/1.1 ${status} Whatever\r\n${lines}${framing}\r\n`), framed]);
          const parser = parse(wire, cuts);
          expect(parser.done).toBe(true);
          const result = parser.result();
          expect(result.status).toBe(status);
          expect(Buffer.from(result.body)).toEqual(status === 204 || status === 304 ? Buffer.alloc(0) : bytes);
          expect(result.keepAlive).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
