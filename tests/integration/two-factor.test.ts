import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeGetActorBySessionToken, unsafeGetSessionByToken } from '@/lib/data/account/sessions';
import { unsafeCompleteSignIn, unsafeSignIn } from '@/lib/data/account/sign-in';
import { confirmTwoFactorSetup, getTwoFactorStatus, renewRecoveryCodes, resetSecondFactor, startTwoFactorSetup, turnOffTwoFactor } from '@/lib/data/account/two-factor';
import { SIGN_IN_LIMITS } from '@/lib/data/account/sign-in-limit';
import { totpCode, totpStep } from '@/lib/otp/totp';
import { expectAppError } from '../support/app-error';
import { buildSmallOrg, testClient, type TSmallOrg } from '../support/small-org';

const prisma = testClient();
let org: TSmallOrg;
const PASSWORD = 'correct horse battery';
const noWait = { wait: async () => undefined };

beforeAll(async () => {
  org = await buildSmallOrg(prisma);
});
afterAll(() => prisma.$disconnect());

/** The code an authenticator app shows `steps` steps from now. */
const codeAt = (secret: string, steps = 0) => totpCode(secret, totpStep(Date.now()) + steps);
const secretOf = async (userId: string) => (await prisma.twoFactor.findUniqueOrThrow({ where: { userId } })).secret!;

/** Sets up an authenticator for a user, as the security page does; returns the secret and the recovery codes. */
async function enroll(actor: TSmallOrg['actors']['member']) {
  await startTwoFactorSetup(actor);
  const status = await getTwoFactorStatus(actor);
  const secret = status.setup!.secret;
  await expectAppError(confirmTwoFactorSetup(actor, '000000'), 'INVALID', 'wrongCode');
  const { recoveryCodes } = await confirmTwoFactorSetup(actor, codeAt(secret));
  return { secret, recoveryCodes };
}

let member: { secret: string; recoveryCodes: string[] };
/** The code a sign-in below used: never accepted again. */
let usedCode = '';

describe('two-factor sign-in', () => {
  it('is set up from a QR code and confirmed with a code, giving ten one-time recovery codes, and is audited', async () => {
    member = await enroll(org.actors.member);
    expect(member.recoveryCodes).toHaveLength(10);
    const status = await getTwoFactorStatus(org.actors.member);
    expect(status.enabledAt).toBeInstanceOf(Date);
    expect(status.setup).toBeNull();
    expect(status.codesLeft).toBe(10);
    // The QR code's address names the account, for the app's list.
    await startTwoFactorSetup(org.actors.coordinator);
    expect((await getTwoFactorStatus(org.actors.coordinator)).setup?.uri).toMatch(/^otpauth:\/\/totp\/Leaven%3Acoord%40test\.example\.org\?secret=/);
    // Only hashes of the recovery codes are kept.
    const stored = JSON.stringify(await prisma.recoveryCode.findMany());
    for (const code of member.recoveryCodes) expect(stored).not.toContain(code.replaceAll('-', ''));
    expect(await prisma.auditEvent.count({ where: { action: 'SECOND_FACTOR_ON', entityId: org.users.member.id } })).toBe(1);
  });

  it('asks for the code after the password: the password alone opens nothing', async () => {
    const first = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.1', noWait);
    expect(first).toMatchObject({ userId: org.users.member.id, secondFactor: true });
    expect(await unsafeGetActorBySessionToken(first!.token)).toBeNull();
    // A wrong code: no session.
    expect(await unsafeCompleteSignIn(first!.token, '000000', '192.0.2.1', noWait)).toBeNull();
    // The code of the step the setup used was spent there; the next one is accepted (±1 step).
    expect(await unsafeCompleteSignIn(first!.token, codeAt(member.secret), '192.0.2.1', noWait)).toBeNull();
    usedCode = codeAt(member.secret, 1);
    const done = await unsafeCompleteSignIn(first!.token, usedCode, '192.0.2.1', noWait);
    expect(done?.secondFactor).toBe(false);
    expect(await unsafeGetActorBySessionToken(done!.token)).toMatchObject({ userId: org.users.member.id });
    // The challenge the page held is not the session's token, and works no more.
    expect(done!.token).not.toBe(first!.token);
    await expectAppError(unsafeCompleteSignIn(first!.token, usedCode, '192.0.2.1', noWait), 'INVALID', 'secondFactorExpired');
  });

  it('never accepts the same code twice, even sent at once', async () => {
    const a = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.1', noWait);
    const b = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.1', noWait);
    expect(await unsafeCompleteSignIn(a!.token, usedCode, '192.0.2.1', noWait)).toBeNull();
    // Two sign-ins at once with the same recovery code: one gets in.
    const code = member.recoveryCodes[0]!;
    const [x, y] = await Promise.all([unsafeCompleteSignIn(a!.token, code, '192.0.2.1', noWait), unsafeCompleteSignIn(b!.token, code, '192.0.2.1', noWait)]);
    expect([x, y].filter(Boolean)).toHaveLength(1);
  });

  it('accepts each recovery code once, typed any way', async () => {
    const code = member.recoveryCodes[1]!;
    const first = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.2', noWait);
    const done = await unsafeCompleteSignIn(first!.token, ` ${code.toUpperCase().replaceAll('-', ' ')} `, '192.0.2.2', noWait);
    expect(await unsafeGetActorBySessionToken(done!.token)).not.toBeNull();
    const again = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.2', noWait);
    expect(await unsafeCompleteSignIn(again!.token, code, '192.0.2.2', noWait)).toBeNull();
    // One used in the test before, one here.
    expect((await getTwoFactorStatus(org.actors.member)).codesLeft).toBe(8);
    expect(await prisma.auditEvent.count({ where: { action: 'SIGN_IN', entityId: org.users.member.id, changedFields: { has: 'recoveryCode' } } })).toBe(2);
  });

  it('counts wrong codes against the sign-in limit of the account and address', async () => {
    const first = await unsafeSignIn('member@test.example.org', PASSWORD, '203.0.113.40', noWait);
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndAddress; i++) expect(await unsafeCompleteSignIn(first!.token, String(100000 + i), '203.0.113.40', noWait)).toBeNull();
    await expectAppError(unsafeCompleteSignIn(first!.token, codeAt(member.secret, 1), '203.0.113.40', noWait), 'FORBIDDEN', 'signInLocked');
  });

  it('new recovery codes need a current code, and replace the old ones', async () => {
    await expectAppError(renewRecoveryCodes(org.actors.member, '123456'), 'INVALID', 'wrongCode');
    const { recoveryCodes } = await renewRecoveryCodes(org.actors.member, member.recoveryCodes[2]!);
    expect(recoveryCodes).toHaveLength(10);
    const first = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.3', noWait);
    expect(await unsafeCompleteSignIn(first!.token, member.recoveryCodes[3]!, '192.0.2.3', noWait)).toBeNull();
    member.recoveryCodes = recoveryCodes;
  });
});

describe('leadership must use it', () => {
  it('sends a leader without it to set it up, and no further; the demo’s leader is exempt', async () => {
    const first = await unsafeSignIn('admin@test.example.org', PASSWORD, '192.0.2.9', noWait);
    const session = await unsafeGetSessionByToken(first!.token);
    expect(session?.mustSetUpSecondFactor).toBe(true);
    // A member and a coordinator are offered it, not made to.
    const coord = await unsafeSignIn('coord@test.example.org', PASSWORD, '192.0.2.9', noWait);
    expect((await unsafeGetSessionByToken(coord!.token))?.mustSetUpSecondFactor).toBe(false);
    await prisma.user.update({ where: { id: org.users.admin.id }, data: { isDemo: true } });
    expect((await unsafeGetSessionByToken(first!.token))?.mustSetUpSecondFactor).toBe(false);
    await prisma.user.update({ where: { id: org.users.admin.id }, data: { isDemo: false } });
    await enroll(org.actors.admin);
    expect((await unsafeGetSessionByToken(first!.token))?.mustSetUpSecondFactor).toBe(false);
  });

  it('cannot be turned off by a leader; a member turns it off with a code', async () => {
    const admin = await secretOf(org.users.admin.id);
    await expectAppError(turnOffTwoFactor(org.actors.admin, codeAt(admin, 1)), 'INVALID', 'secondFactorRequired');
    await enroll(org.actors.coordinator);
    await expectAppError(turnOffTwoFactor(org.actors.coordinator, '000000'), 'INVALID', 'wrongCode');
    await turnOffTwoFactor(org.actors.coordinator, codeAt(await secretOf(org.users.coordinator.id), 1));
    expect((await getTwoFactorStatus(org.actors.coordinator)).enabledAt).toBeNull();
    expect((await unsafeSignIn('coord@test.example.org', PASSWORD, '192.0.2.9', noWait))?.secondFactor).toBe(false);
  });

  it('is reset by a leader for someone who lost their phone: signed out everywhere, audited; nobody else may', async () => {
    const open = await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.5', noWait);
    const session = await unsafeCompleteSignIn(open!.token, member.recoveryCodes[0]!, '192.0.2.5', noWait);
    await expectAppError(resetSecondFactor(org.actors.coordinator, org.users.member.id), 'NOT_FOUND');
    await expectAppError(resetSecondFactor(org.actors.member, org.users.member.id), 'NOT_FOUND');
    await expectAppError(resetSecondFactor(org.actors.admin, org.users.admin.id), 'INVALID', 'cannotChangeSelf');
    await resetSecondFactor(org.actors.admin, org.users.member.id);
    expect(await unsafeGetActorBySessionToken(session!.token)).toBeNull();
    expect(await prisma.recoveryCode.count({ where: { userId: org.users.member.id } })).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: 'SECOND_FACTOR_RESET', entityId: org.users.member.id, actorUserId: org.users.admin.id } })).toBe(1);
    // The password alone signs them in again.
    expect((await unsafeSignIn('member@test.example.org', PASSWORD, '192.0.2.5', noWait))?.secondFactor).toBe(false);
    await expectAppError(resetSecondFactor(org.actors.admin, org.users.member.id), 'INVALID', 'noSecondFactor');
  });
});
