import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeGetActorBySessionToken } from '@/lib/data/account/sessions';
import { unsafeSignIn } from '@/lib/data/account/sign-in';
import { inviteUser, unsafeAcceptInvitation, unsafeGetLinkState } from '@/lib/data/account/invitations';
import { listUsers } from '@/lib/data/admin/users';
import { signInInput } from '@/lib/validation/auth';
import { inviteInput } from '@/lib/validation/invitation';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const ZSignInInput = signInInput({ phoneCountry: 'US' });
const ZInviteInput = inviteInput({ phoneCountry: 'US' });

// Issue 12, item 13: members with only a phone (many use WhatsApp, not email) are invited by a
// one-time link sent to that phone, and sign in with it.

const prisma = testClient();
let org: TSmallOrg;
const noScope = { circleIds: [], organizationIds: [], precinctIds: [] };
const password = 'a long enough password';

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

describe('an invitation by phone', () => {
  it('makes an account with no email, whose link opens it, and which signs in with the phone however it is typed', async () => {
    const link = await inviteUser(org.actors.admin, { email: null, phone: '+17735550177', role: 'MEMBER', personId: null, ...noScope });
    expect(link).toMatchObject({ email: null, phone: '+17735550177' });
    expect(await unsafeGetLinkState(link.token, 'INVITE')).toEqual({ state: 'VALID', login: '+17735550177', needsPerson: true });
    const { login } = await unsafeAcceptInvitation({ token: link.token, password, confirm: password, givenName: 'Marisol', familyName: null, phone: null });
    expect(login).toBe('+17735550177');
    // Their record carries the phone they were invited on.
    const user = await prisma.user.findUniqueOrThrow({ where: { id: link.userId }, include: { person: { include: { phones: true } } } });
    expect(user.person!.phones.map((p) => p.e164)).toEqual(['+17735550177']);
    for (const typed of ['(773) 555-0177', '773.555.0177', '+1 773 555 0177']) {
      const parsed = ZSignInInput.parse({ email: typed, password });
      const session = await unsafeSignIn(parsed.email, password);
      expect(session, typed).not.toBeNull();
      expect(await unsafeGetActorBySessionToken(session!.token)).toMatchObject({ userId: link.userId, email: null, phone: '+17735550177', role: 'MEMBER' });
    }
    expect((await listUsers(org.actors.admin)).find((u) => u.id === link.userId)).toMatchObject({ account: '(773) 555-0177', status: 'ACTIVE' });
  });

  it('needs an email or a phone, and refuses a phone another account has', async () => {
    const none = ZInviteInput.safeParse({ email: '', phone: '', role: 'MEMBER' });
    expect(none.success).toBe(false);
    expect(none.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['email', 'emailOrPhone']]);
    expect(ZInviteInput.parse({ email: '', phone: '773 555 0188', role: 'MEMBER' })).toMatchObject({ email: null, phone: '+17735550188' });
    await expect(inviteUser(org.actors.admin, { email: null, phone: '+17735550177', role: 'MEMBER', personId: null, ...noScope })).rejects.toMatchObject({ code: 'INVALID', message: 'phoneTaken' });
    await expect(inviteUser(org.actors.coordinator, { email: null, phone: '+17735550166', role: 'MEMBER', personId: null, ...noScope })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a sign-in name that is neither an email nor a phone is refused with a clear message', () => {
    const r = ZSignInInput.safeParse({ email: 'not a login', password });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('emailOrPhone');
  });
});
