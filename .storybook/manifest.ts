/**
 * The docs tables, read from custom-elements.json (the same JSDoc as the
 * package; `npm run manifest:check` keeps it current). The analyzer config
 * already leaves out private members and non-source modules, and the class
 * JSDoc names the tag, so the manifest is given to Storybook as it is.
 *
 * `apiArgTypes` replaces the web-components renderer's table builder, which
 * keys every row by bare name, so the `empty` part hides the `empty` slot and
 * each attribute hides its property, and which leaves methods out. Here every
 * category keeps its rows (a name taken already is keyed `category:name`),
 * and methods are listed too.
 */
import type { ArgTypes, StrictInputType } from 'storybook/internal/types';

interface Item {
  name: string;
  kind?: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  default?: string;
  type?: { text?: string };
  attribute?: string;
  fieldName?: string;
  parameters?: Item[];
  return?: { type?: { text?: string } };
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

function findElement(manifest: Manifest, tagName: string): Declaration | undefined {
  for (const module of manifest.modules) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tagName);
    if (found) return found;
  }
  return undefined;
}

const signature = (method: Item) =>
  `${method.static ? 'static ' : ''}${method.name}(${(method.parameters ?? [])
    .map((p) => `${p.name}${p.type?.text ? `: ${p.type.text}` : ''}${p.default ? ` = ${p.default}` : ''}`)
    .join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;

function row(category: string, item: Item, extra: { name?: string; type?: string; description?: string } = {}) {
  const type = extra.type ?? item.type?.text;
  return {
    name: extra.name ?? item.name,
    description: extra.description ?? item.description ?? '',
    ...(category === 'attributes' || category === 'properties' ? { type: { name: 'other' as const, value: type ?? '' } } : {}),
    // Only the attributes a story reads get controls (see stories/shared.ts).
    control: false as const,
    table: {
      category,
      ...(type ? { type: { summary: type } } : {}),
      ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
    },
  } satisfies Partial<StrictInputType>;
}

/** The argTypes of the element named `tagName`: one row per attribute, property, method, event, slot, part and custom property. */
export function apiArgTypes(manifest: unknown, tagName: string): ArgTypes | null {
  const element = findElement(manifest as Manifest, tagName);
  if (!element) return null;
  const argTypes: ArgTypes = {};
  // Keyed by name (as story args are) unless the name is taken by an earlier category.
  const add = (name: string, value: ReturnType<typeof row> | Partial<StrictInputType>) => {
    const category = value.table?.category;
    argTypes[name in argTypes && category ? `${category}:${name}` : name] = value as StrictInputType;
  };
  const members = element.members ?? [];
  for (const attribute of element.attributes ?? []) {
    const property = attribute.fieldName && attribute.fieldName !== attribute.name ? ` Property: \`${attribute.fieldName}\`.` : '';
    add(attribute.name, row('attributes', attribute, { description: `${attribute.description ?? ''}${property}` }));
  }
  for (const field of members.filter((m) => m.kind === 'field' && !m.static)) {
    const note = field.attribute ? ` Attribute: \`${field.attribute}\`.` : field.readonly ? ' Read-only.' : '';
    add(field.name, row('properties', field, { description: `${field.description ?? ''}${note}` }));
  }
  for (const method of members.filter((m) => m.kind === 'method')) {
    add(method.name, row('methods', method, { name: `${method.name}()`, type: signature(method) }));
  }
  for (const event of element.events ?? []) {
    add(event.name, row('events', event));
    // An action per event, so the Actions panel logs them: `ic-load` → `onIcLoad`.
    const handler = `on${event.name.replace(/(?:^|[-_:.])(\w)/g, (_m, c: string) => c.toUpperCase())}`;
    add(handler, { name: handler, action: event.name, table: { disable: true } } as Partial<StrictInputType>);
  }
  for (const slot of element.slots ?? []) add(slot.name || '(default)', row('slots', slot, { name: slot.name || '(default)' }));
  for (const part of element.cssParts ?? []) add(part.name, row('css shadow parts', part));
  for (const property of element.cssProperties ?? []) add(property.name, row('css custom properties', property));
  return argTypes;
}
