import type { ReactNode } from 'react';

/** A two-column table of labelled values, the report's most common shape. */
export function KeyValueTable({
  caption,
  head,
  rows,
  className,
}: {
  caption: string;
  head: [string, string];
  rows: Array<[string, ReactNode]>;
  className?: string;
}) {
  return (
    <table className={`kv ${className ?? ''}`}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col">{head[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
