import { expect } from '@open-wc/testing';
import { HistoryFormatError, parseHistory } from '../../src/data/parse.js';

/** The error parseHistory throws for `body`, or a failure when it does not throw. */
function formatError(body: unknown): HistoryFormatError {
  try {
    parseHistory(body);
  } catch (error) {
    expect(error).to.be.instanceOf(HistoryFormatError);
    return error as HistoryFormatError;
  }
  expect.fail(`parseHistory accepted ${JSON.stringify(body)}`);
}

const recipient = (email: unknown = 'a@example.com') => ({ email, type: 'to', events: [] });
const send = (recipients: unknown[] = [recipient()]) => ({ id: 's', sentAt: 0, recipients });

describe('parseHistory', () => {
  it('returns a valid body as it is', () => {
    const body = { sends: [send(), send([recipient('b@example.com'), recipient('c@example.com')])] };
    expect(parseHistory(body)).to.equal(body);
    expect(parseHistory({ sends: [] })).to.deep.equal({ sends: [] });
  });

  it('rejects a body that is not a JSON object, with an empty path', () => {
    for (const body of [null, undefined, 'text', 42, true, [], [{ sends: [] }]]) {
      const error = formatError(body);
      expect(error.path, JSON.stringify(body)).to.equal('');
      expect(error.message).to.equal('The response is not a JSON object');
    }
  });

  it('rejects missing or non-array sends at path "sends"', () => {
    for (const body of [{}, { sends: null }, { sends: {} }, { sends: 'x' }, { Sends: [] }]) {
      const error = formatError(body);
      expect(error.path, JSON.stringify(body)).to.equal('sends');
      expect(error.message).to.equal('sends is not an array');
    }
  });

  it('rejects a send that is not an object, naming its index', () => {
    for (const bad of [null, 'send', 3, [send()]]) {
      const error = formatError({ sends: [send(), send(), bad] });
      expect(error.path, JSON.stringify(bad)).to.equal('sends[2]');
      expect(error.message).to.equal('sends[2] is not an object');
    }
  });

  it('rejects missing or non-array recipients', () => {
    for (const recipients of [undefined, null, {}, 'a@example.com']) {
      const error = formatError({ sends: [{ id: 'x', sentAt: 0, recipients }] });
      expect(error.path, JSON.stringify(recipients)).to.equal('sends[0].recipients');
      expect(error.message).to.equal('sends[0].recipients is not an array');
    }
  });

  it('rejects a recipient that is not an object', () => {
    const error = formatError({ sends: [send([recipient(), 'b@example.com'])] });
    expect(error.path).to.equal('sends[0].recipients[1]');
    expect(error.message).to.equal('sends[0].recipients[1] is not an object');
  });

  it('rejects a recipient without a string email, naming the exact path', () => {
    const sends = [send(), send(), send([{ type: 'to', events: [] }])];
    const error = formatError({ sends });
    expect(error.path).to.equal('sends[2].recipients[0].email');
    expect(error.problem).to.equal('is missing or not a string');
    expect(error.message).to.equal('sends[2].recipients[0].email is missing or not a string');
    for (const email of [null, 42, ['a@example.com'], { address: 'a@example.com' }]) {
      expect(formatError({ sends: [send([recipient(), recipient(email)])] }).path).to.equal(
        'sends[0].recipients[1].email',
      );
    }
  });

  it('reports the first problem in document order', () => {
    const error = formatError({ sends: [send([recipient(), recipient(1)]), 'bad'] });
    expect(error.path).to.equal('sends[0].recipients[1].email');
  });

  it('leaves odd values to the normaliser instead of throwing', () => {
    const body = {
      extra: true,
      sends: [
        { recipients: [] },
        {
          id: 7,
          sentAt: 'never',
          recipients: [{ email: '', type: 'reply-to', events: 'none' }, { email: 'x' }],
        },
      ],
    };
    expect(parseHistory(body)).to.equal(body);
  });

  it('is an Error with the name HistoryFormatError', () => {
    const error = formatError({ sends: 1 });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('HistoryFormatError');
  });
});
