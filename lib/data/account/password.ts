import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's minimum parameters (m=19 MiB, t=2, p=1): about 10 ms here.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the answer time the same, so a
// stranger cannot learn which emails have accounts by timing the sign-in form.
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$hhkjmsbQpvHPMwOLC9HOKw$OhddCgKX1oXjnjA5zACkta2PRXdwxJJ3Y7XqnKEOP9o';
