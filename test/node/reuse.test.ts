import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SendReuse } from '../../src/data/reuse.js';
import type { RawInvoiceHistory } from '../../src/data/contract.js';

const send = (extra: Record<string, unknown> = {}) => ({
  id: 's1',
  sentAt: '2026-11-20T09:14:00+11:00',
  recipients: [{ email: 'a@client.example', type: 'to', events: [{ status: 'delivered', at: 1 }] }],
  ...extra,
});

describe('SendReuse', () => {
  it('keeps an unchanged send and replaces a changed one, across answers', () => {
    const reuse = new SendReuse();
    const first = reuse.normalise({ sends: [send(), send({ id: 's2' })] } as RawInvoiceHistory, undefined);
    const second = reuse.normalise({ sends: [send(), send({ id: 's2', subject: 'new' })] } as RawInvoiceHistory, first);
    assert.equal(second.sends.find((s) => s.id === 's1'), first.sends.find((s) => s.id === 's1'));
    assert.notEqual(second.sends.find((s) => s.id === 's2'), first.sends.find((s) => s.id === 's2'));
    assert.equal(second.sends.find((s) => s.id === 's2')?.subject, 'new');
  });

  it('sees every change: one more event, a changed field, a key swapped for an undefined one in host data', () => {
    const reuse = new SendReuse();
    const first = reuse.normalise({ sends: [send({ subject: undefined })] } as RawInvoiceHistory, undefined);
    const changes = [
      send({ subject: undefined, recipients: [{ email: 'a@client.example', type: 'to', events: [{ status: 'delivered', at: 1 }, { status: 'open', at: 2 }] }] }),
      send({ subject: undefined, sentAt: '2026-11-20T09:15:00+11:00' }),
      send({ sentBy: 'Someone' }),
    ];
    for (const changed of changes) {
      const next = reuse.normalise({ sends: [changed] } as RawInvoiceHistory, first);
      assert.notEqual(next.sends[0], first.sends[0], JSON.stringify(changed));
    }
    const same = reuse.normalise({ sends: [send({ subject: undefined })] } as RawInvoiceHistory, first);
    assert.equal(same.sends[0], first.sends[0]);
  });

  it('survives a send nested deeper than any history needs, and a cycle in host data', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 50_000; i++) deep = { deeper: deep };
    const cyclic: Record<string, unknown> = send();
    cyclic['self'] = cyclic;
    const reuse = new SendReuse();
    for (const body of [{ sends: [send({ extra: deep })] }, { sends: [cyclic] }]) {
      const first = reuse.normalise(body as RawInvoiceHistory, undefined);
      const again = reuse.normalise(body as RawInvoiceHistory, first);
      assert.equal(again.sends.length, 1);
      assert.equal(again.sends[0]!.recipients[0]!.statuses[0]!.status, 'delivered');
    }
  });
});
