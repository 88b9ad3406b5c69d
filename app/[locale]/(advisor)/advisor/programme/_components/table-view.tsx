import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { FigureTable } from '@/lib/programme/history-figures';

/** A figure's data as a table, folded under the chart; the same rows as its CSV download. */
export function TableView({ summary, caption, table, open }: { summary: string; caption: string; table: FigureTable; open?: boolean }) {
  return (
    <details className="text-sm" open={open}>
      <summary className="cursor-pointer font-medium text-brand-800">{summary}</summary>
      <Table caption={caption} captionHidden className="mt-2">
        <THead>
          <Tr>
            {table.head.map((name, index) => (
              <Th key={name} className={index > 0 ? 'text-right' : undefined}>
                {name}
              </Th>
            ))}
          </Tr>
        </THead>
        <TBody>
          {table.rows.map((row, rowIndex) => (
            <Tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <Th key={index} scope="row" className="font-normal">
                    {String(cell ?? '')}
                  </Th>
                ) : (
                  <Td key={index} className={typeof cell === 'number' ? 'text-right tabular-nums' : undefined}>
                    {String(cell ?? '')}
                  </Td>
                ),
              )}
            </Tr>
          ))}
        </TBody>
      </Table>
    </details>
  );
}
