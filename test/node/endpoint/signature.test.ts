import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  generateDemoKeyPair,
  publicKeyFromBase64,
  signSendGridPayload,
  verifySendGridSignature,
} from '../../../examples/sendgrid-endpoint/signature.js';
import { SENDGRID_VECTOR } from './helpers.js';

describe('SendGrid signature verification', () => {
  const key = publicKeyFromBase64(SENDGRID_VECTOR.PUBLIC_KEY);
  const { PAYLOAD, SIGNATURE, TIMESTAMP } = SENDGRID_VECTOR;

  it("verifies SendGrid's own test vector (sendgrid-nodejs eventwebhook.spec.js)", () => {
    assert.equal(verifySendGridSignature(key, PAYLOAD, SIGNATURE, TIMESTAMP), true);
    assert.equal(verifySendGridSignature(key, Buffer.from(PAYLOAD), SIGNATURE, TIMESTAMP), true);
  });

  it('refuses the vector with its payload, timestamp or signature changed', () => {
    assert.equal(verifySendGridSignature(key, PAYLOAD.replace('test_event', 'test_evenT'), SIGNATURE, TIMESTAMP), false);
    assert.equal(verifySendGridSignature(key, `${PAYLOAD} `, SIGNATURE, TIMESTAMP), false);
    assert.equal(verifySendGridSignature(key, PAYLOAD, SIGNATURE, '1588788368'), false);
    const flipped = Buffer.from(SIGNATURE, 'base64');
    flipped[10]! ^= 1;
    assert.equal(verifySendGridSignature(key, PAYLOAD, flipped.toString('base64'), TIMESTAMP), false);
  });

  it('refuses it under another key', () => {
    const other = publicKeyFromBase64(generateDemoKeyPair().publicKey);
    assert.equal(verifySendGridSignature(other, PAYLOAD, SIGNATURE, TIMESTAMP), false);
  });

  it('answers false, without throwing, for a signature that is not DER', () => {
    for (const signature of ['', 'not base64 at all!', Buffer.from('hello').toString('base64'), 'A'.repeat(500)]) {
      assert.equal(verifySendGridSignature(key, PAYLOAD, signature, TIMESTAMP), false, signature);
    }
  });

  it('refuses a public key that is not base64 DER SubjectPublicKeyInfo', () => {
    assert.throws(() => publicKeyFromBase64('not a key'));
    assert.throws(() => publicKeyFromBase64(generateDemoKeyPair().privateKey));
  });

  it('signs as SendGrid does: what the demo signs verifies with its public key, and only for those bytes', () => {
    const pair = generateDemoKeyPair();
    const body = '[{"event":"delivered","email":"a@example.com"}]';
    const signature = signSendGridPayload(pair.privateKey, '1700000000', body);
    const demoKey = publicKeyFromBase64(pair.publicKey);
    assert.equal(verifySendGridSignature(demoKey, body, signature, '1700000000'), true);
    assert.equal(verifySendGridSignature(demoKey, body.replace('a@', 'b@'), signature, '1700000000'), false);
    // The timestamp is part of what is signed: moving it breaks the signature.
    assert.equal(verifySendGridSignature(demoKey, body, signature, '1700000001'), false);
  });
});
