/**
 * SendGrid's Signed Event Webhook: ECDSA P-256 with SHA-256 over the
 * `X-Twilio-Email-Event-Webhook-Timestamp` header's value followed by the raw
 * body bytes; the signature (`X-Twilio-Email-Event-Webhook-Signature`) is
 * base64 DER, the account's public key base64 DER SubjectPublicKeyInfo, as
 * SendGrid's settings page shows it.
 * https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/getting-started-event-webhook-security-features
 *
 * Everything goes through node:crypto; no key or signature is parsed here.
 */
import { createPublicKey, createPrivateKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-twilio-email-event-webhook-signature';
export const TIMESTAMP_HEADER = 'x-twilio-email-event-webhook-timestamp';

/** The account's verification key from its base64 DER form; throws when it is not a public key. */
export function publicKeyFromBase64(base64: string): KeyObject {
  return createPublicKey({ key: Buffer.from(base64.trim(), 'base64'), format: 'der', type: 'spki' });
}

/** What SendGrid signs: the timestamp header's text, then the body exactly as received. */
const signedData = (timestamp: string, body: Buffer | string): Buffer =>
  Buffer.concat([Buffer.from(timestamp, 'utf8'), typeof body === 'string' ? Buffer.from(body, 'utf8') : body]);

/** True when `signature` (base64 DER) signs `timestamp` + `body` for `key`; false for anything malformed. */
export function verifySendGridSignature(key: KeyObject, body: Buffer | string, signature: string, timestamp: string): boolean {
  try {
    return verify('sha256', signedData(timestamp, body), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/** A key pair in SendGrid's formats (base64 DER: SPKI public, PKCS #8 private), for the demo and the tests. */
export function generateDemoKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
  };
}

/** Signs as SendGrid does (base64 DER); the replay script and the tests post what this makes. */
export function signSendGridPayload(privateKey: string, timestamp: string, body: Buffer | string): string {
  const key = createPrivateKey({ key: Buffer.from(privateKey, 'base64'), format: 'der', type: 'pkcs8' });
  return sign('sha256', signedData(timestamp, body), key).toString('base64');
}

/** The headers of a signed delivery of `body` at `timestamp` (Unix seconds). */
export function signedHeaders(
  privateKey: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const stamp = String(timestamp);
  return {
    'content-type': 'application/json',
    [SIGNATURE_HEADER]: signSendGridPayload(privateKey, stamp, body),
    [TIMESTAMP_HEADER]: stamp,
  };
}
