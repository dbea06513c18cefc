/**
 * What the element shows while the endpoint is slow, silent or broken. Each
 * story replaces the mocked endpoint with its own MSW handler, so each is
 * tagged `!autodocs`: on a Docs page, stories render together and one
 * story's handler would answer another's request.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { malformedHistory } from '../fixtures/index.js';
import {
  respondBody,
  respondFailingThenOk,
  respondJson,
  respondNetworkError,
  respondNever,
  respondSlowly,
  respondStatus,
} from './handlers.js';
import { retryAfterError } from './play.js';
import { baseMeta, type ElementArgs } from './shared.js';

const meta = {
  ...baseMeta,
  title: 'Invoice communications/Loading and errors',
  tags: ['!autodocs'],
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

/** The endpoint never answers (and `timeout="0"` waits for ever): the loading indicator, shown after a short delay so fast loads do not flash. */
export const Loading: Story = {
  tags: ['state:loading'],
  args: { timeout: 0 },
  parameters: { msw: { handlers: respondNever() } },
};

/** The endpoint answers after 3 seconds: loading, then the history. */
export const Slow: Story = {
  name: 'Slow (answers after 3 s)',
  tags: ['state:history'],
  parameters: { msw: { handlers: respondSlowly(3_000) } },
};

/** HTTP 500: the status code is in the message; Retry fetches again. */
export const ServerError: Story = {
  name: 'Server error (500)',
  tags: ['state:error'],
  parameters: { msw: { handlers: respondStatus(500, 'Internal Server Error') } },
};

/** The request fails before any answer (offline, DNS, CORS). */
export const NetworkFailure: Story = {
  name: 'Network failure',
  tags: ['state:error'],
  parameters: { msw: { handlers: respondNetworkError() } },
};

/** Valid JSON that is not an email history: the message names the first problem's path. */
export const MalformedResponse: Story = {
  name: 'Malformed response',
  tags: ['state:error'],
  parameters: { msw: { handlers: respondJson(malformedHistory()) } },
};

/** A body that is not JSON at all. */
export const NotJson: Story = {
  name: 'Not JSON',
  tags: ['state:error'],
  parameters: { msw: { handlers: respondBody('{"sends": [', 'application/json') } },
};

/** A sign-in page served in place of the data, the usual sign of an expired session. */
export const SignedOut: Story = {
  name: 'Web page instead of JSON (signed out)',
  tags: ['state:error'],
  parameters: {
    msw: { handlers: respondBody('<!doctype html><title>Sign in</title><form>…</form>', 'text/html; charset=utf-8') },
  },
};

/** No answer within the `timeout` attribute (2 s here; 30 s by default). */
export const Timeout: Story = {
  tags: ['state:error'],
  args: { timeout: 2_000 },
  parameters: { msw: { handlers: respondNever() } },
};

const flaky = respondFailingThenOk(1);

/** The first request fails with 503; pressing Retry loads the history. */
export const RetryAfterError: Story = {
  name: 'Retry after an error',
  tags: ['state:history'],
  parameters: { msw: { handlers: flaky.handlers } },
  beforeEach: () => flaky.reset(),
  play: ({ canvasElement }) => retryAfterError(canvasElement),
};
