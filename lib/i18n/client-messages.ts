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
  'backups',
  'checkIn',
  'circle',
  'circleKind',
  'circleRole',
  'closeness',
  'commitmentStatus',
  'consent',
  'electionImport',
  'followUps.triage',
  'forms',
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
  'orgSettings',
  'organization.form',
  'organization.people',
  'people',
  'person',
  'personForm',
  'personPicker',
  'places',
  'profile.recruitment',
  'profile.relationshipKind',
  'profile.relationships',
  'promote',
  'role',
  'savedViews',
  'security.policy',
  'security.sessions',
  'security.twoFactor',
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
