/**
 * The demo page's wiring: scenario picker, locale and time zone, Refresh,
 * dark theme, and a log of the element's events as they fire (the element
 * offers Resend and Edit contact on failed recipients and polls every 5 s
 * while mail is in flight). The element
 * comes straight from src/ (the dev server compiles TypeScript).
 * DOM APIs only, no innerHTML: the page runs under Trusted Types.
 */
import '../src/index.ts';

const $ = (id) => document.getElementById(id);
const element = $('history');
const picker = $('scenario');
const locale = $('locale');
const timeZone = $('time-zone');
const dark = $('dark');
const log = $('log');

const API = '/api/example/';
const params = new URLSearchParams(location.search);

/** Reflects the controls in the address, so a scenario can be linked to. */
function remember() {
  const next = new URLSearchParams();
  next.set('scenario', picker.value);
  if (locale.value) next.set('locale', locale.value);
  if (timeZone.value) next.set('time-zone', timeZone.value);
  if (dark.checked) next.set('dark', '1');
  history.replaceState(null, '', `?${next}`);
}

function setAttr(name, value) {
  if (value) element.setAttribute(name, value);
  else element.removeAttribute(name);
}

function apply() {
  element.src = `${API}history?scenario=${encodeURIComponent(picker.value)}`;
  setAttr('locale', locale.value.trim());
  setAttr('time-zone', timeZone.value.trim());
  document.body.classList.toggle('dark', dark.checked);
  remember();
}

async function loadScenarios() {
  try {
    const response = await fetch(API, { headers: { Accept: 'application/json' } });
    const list = await response.json();
    picker.replaceChildren(...list.map(({ name, label }) => new Option(label, name)));
  } catch (error) {
    console.warn('Could not list the example scenarios', error);
  }
}

function describe(event) {
  // A page of older sends ("Show older sends") says so.
  const older = event.detail.older ? 'older page: ' : '';
  switch (event.type) {
    case 'ic-loadstart':
      return older + event.detail.url;
    case 'ic-load': {
      const { sends, next } = event.detail.history;
      const recipients = sends.reduce((n, send) => n + send.recipients.length, 0);
      const more = next ? ', older sends not loaded yet' : '';
      return `${older}${sends.length} send${sends.length === 1 ? '' : 's'}, ${recipients} recipient${recipients === 1 ? '' : 's'}${more}`;
    }
    case 'ic-action': {
      const { action, recipient } = event.detail;
      return `${action} ${recipient.email} (the host would ${action === 'resend' ? 'resend the invoice' : 'open the contact'} here)`;
    }
    case 'ic-error': {
      const { kind, status, message } = event.detail.error;
      return `${older}${kind}${status ? ` ${status}` : ''}: ${message}`;
    }
    default:
      return '';
  }
}

const started = performance.now();
function record(event) {
  const item = document.createElement('li');
  item.className = event.type;
  const time = document.createElement('time');
  time.textContent = `+${((performance.now() - started) / 1000).toFixed(2)} s`;
  const name = document.createElement('code');
  name.textContent = event.type;
  const detail = document.createElement('span');
  detail.className = 'detail';
  detail.textContent = describe(event);
  item.append(time, name, detail);
  log.prepend(item);
  console.info(event.type, event.detail);
}

for (const type of ['ic-loadstart', 'ic-load', 'ic-error', 'ic-action']) element.addEventListener(type, record);

// Set everything before the element's first update, so it fetches once.
const initial = params.get('scenario') ?? 'realistic';
picker.value = initial;
locale.value = params.get('locale') ?? '';
timeZone.value = params.get('time-zone') ?? '';
dark.checked = params.get('dark') === '1';
element.src = `${API}history?scenario=${encodeURIComponent(initial)}`;
setAttr('locale', locale.value.trim());
setAttr('time-zone', timeZone.value.trim());
document.body.classList.toggle('dark', dark.checked);

await loadScenarios();
picker.value = [...picker.options].some((o) => o.value === initial) ? initial : 'realistic';
apply();

picker.addEventListener('change', apply);
dark.addEventListener('change', apply);
for (const input of [locale, timeZone]) input.addEventListener('change', apply);
$('controls').addEventListener('submit', (event) => {
  event.preventDefault();
  apply();
});
$('refresh').addEventListener('click', () => void element.refresh());
$('clear-log').addEventListener('click', () => log.replaceChildren());
