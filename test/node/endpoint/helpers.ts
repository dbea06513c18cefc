/**
 * Shared by the endpoint's tests: SendGrid's sample, a demo key pair, and
 * requests to an endpoint on 127.0.0.1 (nothing else is ever contacted).
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { HostSend } from '../../../src/adapters/index.js';
import { generateDemoKeyPair, signedHeaders } from '../../../examples/sendgrid-endpoint/signature.js';

export const sample = JSON.parse(readFileSync(new URL('../../../fixtures/providers/sendgrid.json', import.meta.url), 'utf8')) as {
  events: Record<string, unknown>[];
  sends: HostSend[];
};

/**
 * SendGrid's own test vector, from sendgrid/sendgrid-nodejs,
 * packages/eventwebhook/src/eventwebhook.spec.js (the tests of the library
 * @sendgrid/eventwebhook): a payload SendGrid's code signs and verifies, so
 * our node:crypto verification agrees with theirs.
 */
export const SENDGRID_VECTOR = {
  PUBLIC_KEY:
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEDr2LjtURuePQzplybdC+u4CwrqDqBaWjcMMsTbhdbcwHBcepxo7yAQGhHPTnlvFYPAZFceEu/1FwCM/QmGUhA==',
  SIGNATURE: 'MEUCIQCtIHJeH93Y+qpYeWrySphQgpNGNr/U+UyUlBkU6n7RAwIgJTz2C+8a8xonZGi6BpSzoQsbVRamr2nlxFDWYNH2j/0=',
  TIMESTAMP: '1588788367',
  PAYLOAD: JSON.stringify({ category: 'example_payload', event: 'test_event', message_id: 'message_id' }),
};

export const keys = generateDemoKeyPair();
export const otherKeys = generateDemoKeyPair();
export const TOKEN = 'test-token-0123456789';
export const auth = { Authorization: `Bearer ${TOKEN}` };

/** A signed webhook delivery: `at` is the signed timestamp in Unix seconds. */
export function signed(body: string, at: number, privateKey = keys.privateKey): RequestInit {
  return { method: 'POST', headers: signedHeaders(privateKey, body, at), body };
}

export const postJson = (value: unknown, headers: Record<string, string> = auth): RequestInit => ({
  method: 'POST',
  headers: { ...headers, 'Content-Type': 'application/json' },
  body: JSON.stringify(value),
});

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A request written by hand: its headers, then `chunks`, and then it waits for
 * the answer without ending the body, as a client still sending would.
 */
export function rawRequest(url: string, headers: Record<string, string | number>, chunks: Buffer[] = []): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        request.destroy();
      });
    });
    request.on('error', reject);
    request.flushHeaders();
    for (const chunk of chunks) request.write(chunk);
  });
}
