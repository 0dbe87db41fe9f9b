// The numbers behind a chart, as a table. Hidden from sight by default (the chart shows them)
// but read by screen readers, and shown to anyone who opens "Show the numbers".
export function NumberTable({ caption, columns, rows, toggle }: { caption: string; columns: string[]; rows: (string | number)[][]; toggle: string }) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-800 hover:underline">{toggle}</summary>
      <div className="mt-2 max-h-72 overflow-auto">
        <table className="min-w-full text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="text-stone-500">
            <tr>{columns.map((c, i) => <th key={c} scope="col" className={`py-1 pr-3 font-medium ${i ? 'text-right' : ''}`}>{c}</th>)}</tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {rows.map((r) => (
              <tr key={String(r[0])}>
                {r.map((v, i) => (i === 0 ? <th key={i} scope="row" className="py-1 pr-3 font-normal">{v}</th> : <td key={i} className="py-1 pr-3 text-right">{v}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
