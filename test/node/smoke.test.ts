import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromSendGrid } from '../../src/adapters/index.js';
test('adapters load in Node', () => {
  assert.deepEqual(fromSendGrid([], []), { sends: [] });
});
