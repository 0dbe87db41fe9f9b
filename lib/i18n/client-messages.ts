import type { AbstractIntlMessages } from 'next-intl';

// The only messages sent to the browser: the namespaces that client components ('use client' files
// and the modules they import) translate with. Server components read the whole catalog on the
// server; sending all of it with every page cost some 57 KB of HTML. A namespace may be nested
// ('profile.recruitment') to send part of an area. tests/unit/client-messages.test.ts fails when a client
// component uses a namespace that is not covered here, or one here is no longer used.
export const CLIENT_NAMESPACES = [
  'admin.invite',
  'admin.roleHelp',
  'admin.scope',
  'admin.user',
  'apiTokens',
  'ask',
  'checkIn',
  'circle',
  'circleKind',
  'circleRole',
  'closeness',
  'commitmentStatus',
  'electionImport',
  'followUps.triage',
  'imports',
  'interactionLog',
  'language',
  'marchDay',
  'login',
  'me',
  'merge',
  'mobilizationForm',
  'mobilizationKind',
  'mobilizations',
  'myAnswer',
  'myPeople',
  'nav',
  'needs',
  'oneTimeLink',
  'orgKind',
  'organization.form',
  'organization.people',
  'people',
  'person',
  'personForm',
  'personPicker',
  'profile.recruitment',
  'profile.relationshipKind',
  'profile.relationships',
  'promote',
  'role',
  'savedViews',
  'settings.trash',
  'stage',
  'trash',
  'voter',
] as const;

/** The part of a locale's messages that CLIENT_NAMESPACES names, in the same shape. */
export function pickClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of CLIENT_NAMESPACES) {
    const path = namespace.split('.');
    const value = path.reduce<unknown>((node, key) => (node as AbstractIntlMessages | undefined)?.[key], messages);
    if (value === undefined) continue;
    let target = picked;
    for (const key of path.slice(0, -1)) target = (target[key] ??= {}) as AbstractIntlMessages;
    target[path[path.length - 1]!] = value as AbstractIntlMessages[string];
  }
  return picked;
}
