'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

// People at each rung of the ladder, and the moves up to it in the last 90 days. Bars run
// sideways so the stage names stay readable on a phone, in either language. Hidden from screen
// readers (the table beside it has the numbers), so no part of it takes focus either.
export function LadderChart({ data, labels }: { data: { stage: string; people: number; movedUp: number }[]; labels: { people: string; movedUp: string } }) {
  return (
    <div className="h-64 w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 4 }} barGap={1}>
          <CartesianGrid stroke="#e7e5e4" horizontal={false} />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11, fill: '#57534e' }} tickLine={false} />
          <YAxis type="category" dataKey="stage" tick={{ fontSize: 12, fill: '#44403c' }} tickLine={false} axisLine={false} width={96} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="people" name={labels.people} fill="#0f766b" radius={[0, 4, 4, 0]} isAnimationActive={false} />
          <Bar dataKey="movedUp" name={labels.movedUp} fill="#c9843a" radius={[0, 4, 4, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
