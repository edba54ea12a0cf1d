/** Names the queries page shows instead of ids (codes, sources, cases). */
export interface QueryNames {
  code: (id: string) => string;
  source: (id: string) => string;
  kase: (id: string) => string;
}

export function lookup(rows: { id: string; name: string }[]): (id: string) => string {
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => names.get(id) ?? id;
}
