'use client';

import { useCallback, useMemo, useState } from 'react';
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type RowSelectionState,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { Badge } from '@/components/ui/badge';
import { CLASS_TONES } from './class-tones';
import { cx } from '@/components/ui/cx';
import type { TriageRow } from '@/lib/dal/triage';
import { triageSearchParams, type SortId, type TriageQuery } from '@/lib/triage/query';
import { BulkAssignForm, BulkPriorityForm, type AdvisorOption } from './bulk-forms';
import { TIME_ZONE } from '@/lib/domain/brussels-time';
import { intlLocale } from '@/lib/i18n/intl-locale';
import { ExportPanel } from './export-panel';

const features = tableFeatures({ rowSortingFeature, rowPaginationFeature, columnVisibilityFeature, rowSelectionFeature });
/** A row as the table gets it: the sector label already in the viewer's language. */
export type TableRow = Omit<TriageRow, 'sectorNl' | 'sectorFr' | 'sectorEn'> & { sector: string | null };
const helper = createColumnHelper<typeof features, TableRow>();

const dateFormat = (locale: string) => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeZone: TIME_ZONE });

/**
 * The triage table. The server did the filtering, sorting and paging (manual mode); the table
 * here owns column visibility and row selection. Sorting links change the URL, so every view can
 * be bookmarked and works without JavaScript.
 */
export function TriageTable({
  rows,
  total,
  estimated,
  canExport,
  query,
  locale,
  advisors,
  renderedAt,
}: {
  rows: TableRow[];
  total: number;
  estimated: boolean;
  /** Staff, and advisors with the export permission, get the export panel. */
  canExport: boolean;
  query: TriageQuery;
  locale: string;
  advisors: AdvisorOption[];
  /** When the server rendered the page (ms), for the overdue badges. */
  renderedAt: number;
}) {
  const t = useTranslations('triage');
  const tClasses = useTranslations('classes');
  const tProvinces = useTranslations('provinces');
  const tExports = useTranslations('exports');
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>({ lastContact: false, updated: false });
  const sorting = useMemo(() => [{ id: query.sort, desc: query.dir === 'desc' }], [query.sort, query.dir]);
  const pagination = useMemo(() => ({ pageIndex: query.page - 1, pageSize: query.size }), [query.page, query.size]);

  const columns = useMemo(() => {
    const dates = dateFormat(locale);
    // Overdue against the time the page was rendered, the same on the server and in the browser.
    const now = renderedAt;
    const date = (value: Date | string | null) => (value ? dates.format(new Date(value)) : '—');
    const percent = (value: number | null) => (value === null ? '—' : `${value > 0 ? '+' : ''}${value} %`);
    return helper.columns([
      helper.display({
        id: 'select',
        enableHiding: false,
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t('selectAll')}
            checked={table.getIsAllPageRowsSelected()}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
            className="h-5 w-5 accent-brand-700"
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t('selectRow', { name: row.original.name })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
            className="h-5 w-5 accent-brand-700"
          />
        ),
      }),
      helper.accessor('name', {
        id: 'name',
        enableHiding: false,
        cell: ({ row }) => (
          <Link href={`/advisor/businesses/${row.original.id}`} className="font-medium text-brand-800 underline underline-offset-2">
            {row.original.name}
          </Link>
        ),
      }),
      helper.accessor('locality', {
        id: 'locality',
        cell: ({ row }) => (
          <span>
            {row.original.locality ?? '—'}
            <span className="sub">{row.original.province ? tProvinces(row.original.province as Parameters<typeof tProvinces>[0]) : ''}</span>
          </span>
        ),
      }),
      helper.accessor('naceCode', {
        id: 'sector',
        cell: ({ row }) => (
          <span className="block max-w-56">
            <span className="tabular-nums">{row.original.naceCode ?? '—'}</span>
            <span className="sub truncate" title={row.original.sector ?? undefined}>
              {row.original.sector}
            </span>
          </span>
        ),
      }),
      helper.accessor('effectiveClass', {
        id: 'class',
        cell: ({ row }) => {
          const { effectiveClass, overrideClass, computedClass } = row.original;
          return (
            <span className="flex flex-col items-start gap-1">
              <Badge tone={CLASS_TONES[effectiveClass]}>
                {tClasses(effectiveClass)}
                {overrideClass ? <span aria-label={t('overridden')}> ✎</span> : null}
              </Badge>
              {overrideClass && overrideClass !== computedClass ? (
                <span className="sub">
                  {t('computed')}: {tClasses(computedClass)}
                </span>
              ) : null}
            </span>
          );
        },
      }),
      helper.accessor('coachingPriority', {
        id: 'priority',
        cell: ({ row }) => (
          <span className="font-semibold">
            {row.original.coachingPriority}
            {row.original.manualPriority !== null ? (
              <span aria-label={t('priorityManual')} title={t('priorityManual')}>
                {' '}
                ✎
              </span>
            ) : null}
          </span>
        ),
      }),
      helper.accessor('digitalScore', { id: 'score', cell: (info) => info.getValue() ?? '—' }),
      helper.accessor('revenueChangePct', { id: 'revenue', cell: (info) => percent(info.getValue()) }),
      helper.accessor('channelsInUseCount', { id: 'channels', cell: (info) => info.getValue() }),
      helper.accessor('advisorName', { id: 'advisor', cell: (info) => info.getValue() ?? <span className="text-slate-600">{t('unassigned')}</span> }),
      helper.accessor('lastContactAt', { id: 'lastContact', cell: (info) => date(info.getValue()) }),
      helper.accessor('nextFollowUpAt', {
        id: 'nextFollowUp',
        cell: ({ row }) => (
          <span>
            {date(row.original.nextFollowUpAt)}
            {row.original.nextFollowUpAt && new Date(row.original.nextFollowUpAt).getTime() < now ? (
              <Badge tone="danger" className="ml-1">
                {t('overdue')}
              </Badge>
            ) : null}
            {row.original.nextFollowUpOwner ? <span className="sub">{row.original.nextFollowUpOwner}</span> : null}
          </span>
        ),
      }),
      helper.accessor('updatedAt', { id: 'updated', cell: (info) => date(info.getValue()) }),
    ]);
  }, [t, tClasses, tProvinces, locale, renderedAt]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    rowCount: total,
    state: { sorting, pagination, rowSelection, columnVisibility },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setColumnVisibility,
  });

  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const clearSelection = useCallback(() => setRowSelection({}), []);
  const sortHref = (id: SortId) => {
    const dir = query.sort === id ? (query.dir === 'asc' ? 'desc' : 'asc') : id === 'priority' || id === 'score' || id === 'updated' ? 'desc' : 'asc';
    return `/advisor?${triageSearchParams(query, { sort: id, dir, page: 1 })}`;
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex flex-wrap items-start gap-4">
          <BulkAssignForm selectedIds={selectedIds} advisors={advisors} onDone={clearSelection} />
          <BulkPriorityForm selectedIds={selectedIds} onDone={clearSelection} />
        </div>
        <div className="ml-auto flex flex-wrap items-start justify-end gap-2">
          {canExport ? (
            <details className="relative">
              <summary className="min-h-11 cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{tExports('panelTitle')}</summary>
              <div className="mt-1 w-80 max-w-full rounded-md border border-slate-300 bg-white p-4 shadow-lg">
                <ExportPanel query={triageSearchParams(query, { page: 1 }).toString()} selectedIds={selectedIds} total={total} estimated={estimated} />
              </div>
            </details>
          ) : null}
          <details className="relative">
            <summary className="min-h-11 cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">{t('columnsMenu')}</summary>
            <fieldset className="absolute right-0 z-20 mt-1 flex w-64 flex-col gap-1 rounded-md border border-slate-300 bg-white p-3 shadow-lg">
              <legend className="sr-only">{t('columnsMenu')}</legend>
              {table
                .getAllLeafColumns()
                .filter((column) => column.getCanHide())
                .map((column) => (
                  <label key={column.id} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={column.getIsVisible()}
                      onChange={(e) => column.toggleVisibility(e.target.checked)}
                      className="h-4 w-4 accent-brand-700"
                    />
                    {t(`columns.${column.id as SortId}`)}
                  </label>
                ))}
            </fieldset>
          </details>
        </div>
      </div>
      <div role="region" aria-label={t('caption')} tabIndex={0} className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white">
        <table className="triage w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t('caption')}</caption>
          <thead className="sticky top-0 z-10 bg-slate-100 text-slate-800">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = query.sort === id ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined;
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ?? (id === 'select' ? undefined : 'none')}>
                      {id === 'select' ? (
                        <table.FlexRender header={header} />
                      ) : (
                        <Link href={sortHref(id as SortId)} className="inline-flex items-center gap-1 underline-offset-2 hover:underline">
                          {t(`columns.${id as SortId}`)}
                          <span aria-hidden="true">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                          {sorted ? <span className="sr-only">({sorted === 'ascending' ? t('sortAscending') : t('sortDescending')})</span> : null}
                        </Link>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-200">
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className={cx('hover:bg-slate-50', row.getIsSelected() && 'bg-brand-50')}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-8 text-center text-slate-700">{t('empty')}</p> : null}
      </div>
    </div>
  );
}
