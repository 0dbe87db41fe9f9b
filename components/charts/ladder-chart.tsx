'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// People at each rung of the ladder, and the moves up to it in the last 90 days.
export function LadderChart({ data, labels }: { data: { stage: string; people: number; movedUp: number }[]; labels: { people: string; movedUp: string } }) {
  return (
    <div className="h-56 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} barGap={2}>
          <CartesianGrid stroke="#e7e5e4" vertical={false} />
          <XAxis dataKey="stage" tick={{ fontSize: 11, fill: '#57534e' }} interval={0} tickLine={false} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11, fill: '#57534e' }} tickLine={false} axisLine={false} width={48} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="people" name={labels.people} fill="#0f766b" radius={[4, 4, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="movedUp" name={labels.movedUp} fill="#c9843a" radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
