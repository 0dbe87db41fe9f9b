import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// CPU time spent by a local PostgreSQL server (the postmaster, every backend alive now, and every
// backend that has exited, which the postmaster's "children" counters keep) plus this process.
// On a machine shared with other work, wall time stretches with the load; CPU time barely does,
// so a benchmark can report both. Linux only (/proc); elsewhere it reports null.

const TICKS_PER_SECOND = 100; // USER_HZ, 100 on every Linux this runs on (getconf CLK_TCK)

/** Fields of /proc/<pid>/stat after the command name: [state, ppid, ...]. */
function statFields(pid: string): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return text.slice(text.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // exited between listing and reading
  }
}

/** Milliseconds of CPU used so far by the server whose data directory is `dataDir`, and by this process. */
export function cpuMs(dataDir: string): { server: number; self: number } | null {
  if (process.platform !== 'linux') return null;
  const postmaster = readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]!.trim();
  // After the command name: utime is field 14 of stat, i.e. index 11 here; stime 12, cutime 13, cstime 14.
  const own = statFields(postmaster);
  if (!own) return null;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const f = statFields(pid);
    if (f && f[1] === postmaster) ticks += Number(f[11]) + Number(f[12]);
  }
  const { user, system } = process.cpuUsage();
  return { server: (ticks * 1000) / TICKS_PER_SECOND, self: (user + system) / 1000 };
}

/** Milliseconds of CPU used so far by one backend process (0 when unknown). */
export function backendCpuMs(pid: number | undefined): number {
  const f = pid && process.platform === 'linux' ? statFields(String(pid)) : null;
  return f ? ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND : 0;
}
