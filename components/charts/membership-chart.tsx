'use client';

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// Members at the end of each month. Drawn by recharts in the browser (no third-party host);
// the same numbers are in a table beside it (NumberTable) for screen readers.
export function MembershipChart({ data, label }: { data: { month: string; label: string; members: number }[]; label: string }) {
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <defs>
            <linearGradient id="members-fill" x1="0" y1="0" x2="0" y2="1">
              <stop offset="0%" stopColor="#0d9484" stopOpacity={0.35} />
              <stop offset="100%" stopColor="#0d9484" stopOpacity={0.03} />
            </linearGradient>
          </defs>
          <CartesianGrid stroke="#e7e5e4" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11, fill: '#57534e' }} interval="preserveStartEnd" minTickGap={24} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#57534e' }} tickLine={false} axisLine={false} width={48} />
          <Tooltip formatter={(v) => [v, label]} labelStyle={{ color: '#1c1917' }} />
          <Area type="monotone" dataKey="members" stroke="#0f766b" strokeWidth={2.5} fill="url(#members-fill)" isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
