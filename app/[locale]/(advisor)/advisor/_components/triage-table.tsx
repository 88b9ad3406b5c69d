'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import {
  columnOrderingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSelectionFeature,
  tableFeatures,
  useTable,
  type ColumnOrderState,
  type ColumnVisibilityState,
  type RowSelectionState,
} from '@tanstack/react-table';
import { useTranslations } from 'next-intl';
import { ArrowDown, ArrowUp, ArrowUpDown, Download, LifeBuoy } from 'lucide-react';
import { buttonClasses } from '@/components/ui/button';
import { Link } from '@/i18n/navigation';
import { ClassBadge } from '@/components/business/class-badge';
import { cx } from '@/components/ui/cx';
import type { TriageRow } from '@/lib/dal/triage';
import { triageSearchParams, type SortId } from '@/lib/triage/query';
import { TIME_ZONE } from '@/lib/domain/brussels-time';
import { intlLocale } from '@/lib/i18n/intl-locale';
import type { AdvisorOption } from './bulk-forms';
import { SelectionBar } from './selection-bar';
import { ExportDialog } from './export-dialog';
import { QuickLook } from './quick-look';
import { useTriageNavigation } from './triage-navigation';
import { TableSettingsMenu } from './table-settings-menu';
import { useOverflow, useTableKeyboard } from './table-keyboard';
import { TRIAGE_COLUMN_IDS, type TablePreferences, type TriageColumnId } from '@/lib/triage/table-preferences';

const isColumnId = (id: string): id is TriageColumnId => (TRIAGE_COLUMN_IDS as readonly string[]).includes(id);

const features = tableFeatures({ columnVisibilityFeature, columnOrderingFeature, rowSelectionFeature });
/** A row as the table gets it: the sector label already in the viewer's language, nothing the table does not show. */
export type TableRow = Omit<TriageRow, 'sectorNl' | 'sectorFr' | 'sectorEn' | 'enterpriseNumber' | 'advisorId'> & { sector: string | null };
const helper = createColumnHelper<typeof features, TableRow>();

/**
 * Column widths in rem, so the table lays out at once (table-layout: fixed) and fits the screen:
 * the name and the sector share what is left and cut their text with an ellipsis.
 */
const COLUMN_REM: Record<string, number> = {
  select: 2.25,
  locality: 7.5,
  class: 10,
  priority: 6,
  score: 5,
  revenue: 5.5,
  channels: 6,
  advisor: 8,
  lastContact: 8,
  nextFollowUp: 9.5,
  updated: 7.5,
};
/** The same widths as class names: the content security policy refuses style attributes in the page's HTML. */
const COLUMN_WIDTH: Record<string, string> = {
  select: 'w-[2.25rem]',
  locality: 'w-[7.5rem]',
  class: 'w-[10rem]',
  priority: 'w-[6rem]',
  score: 'w-[5rem]',
  revenue: 'w-[5.5rem]',
  channels: 'w-[6rem]',
  advisor: 'w-[8rem]',
  lastContact: 'w-[8rem]',
  nextFollowUp: 'w-[9.5rem]',
  updated: 'w-[7.5rem]',
};
/** The narrowest the name and the sector may get; below this the box scrolls sideways (see useOverflow). */
const FLEXIBLE_MIN_REM = 7;
const minimumWidth = (ids: string[]) => ids.reduce((sum, id) => sum + (COLUMN_REM[id] ?? FLEXIBLE_MIN_REM), 0);

/** Card fields that need their name in front (a bare number or date says little). */
const CARD_LABELS = new Set(['priority', 'nextFollowUp']);

/**
 * The triage table. The server filtered, sorted and paged the rows (the URL holds the view); the
 * table here owns what is per user and per screen: column visibility, order and density (kept per
 * user), row selection, the keyboard and the quick look. Sorting links change the URL, so every
 * view can be bookmarked. On a phone the same rows are laid out as cards by CSS.
 */
export function TriageTable({
  rows,
  total,
  estimated,
  canExport,
  locale,
  advisors,
  renderedAt,
  preferences,
}: {
  rows: TableRow[];
  total: number;
  estimated: boolean;
  /** Staff, and advisors with the export permission, may export. */
  canExport: boolean;
  locale: string;
  advisors: AdvisorOption[];
  /** When the server rendered the page (ms), for the overdue badges. */
  renderedAt: number;
  preferences: TablePreferences;
}) {
  const t = useTranslations('triage');
  const tw = useTranslations('workspace');
  const tProvinces = useTranslations('provinces');
  const tClasses = useTranslations('classes');
  const { query, pending } = useTriageNavigation();
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(preferences.hidden.reduce((all, id) => ({ ...all, [id]: false }), {}));
  const [columnOrder, setColumnOrder] = useState<ColumnOrderState>(['select', ...preferences.order]);
  const [density, setDensity] = useState(preferences.density);
  const [peek, setPeek] = useState<string | null>(null);

  const columns = useMemo(() => {
    const dates = new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE });
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
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t('selectRow', { name: row.original.name })}
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      }),
      helper.accessor('name', {
        id: 'name',
        enableHiding: false,
        cell: ({ row }) => {
          const link = (
            <Link href={`/advisor/businesses/${row.original.id}`} prefetch={false}>
              {row.original.name}
            </Link>
          );
          // Only the few rows with an open request pay for the extra markup: a small lifebuoy before
          // the name (a word there left the narrow column no room for the name itself).
          return row.original.helpAskedAt ? (
            <span className="flex items-center gap-1.5">
              <LifeBuoy aria-hidden="true" className="h-4 w-4 shrink-0 text-amber-700" />
              <span className="sr-only">{t('help')}: </span>
              <span className="min-w-0 truncate" title={t('helpAskedOn', { date: date(row.original.helpAskedAt) })}>
                {link}
              </span>
            </span>
          ) : (
            link
          );
        },
      }),
      helper.accessor('locality', {
        id: 'locality',
        cell: ({ row }) => (
          <span title={row.original.province ? tProvinces(row.original.province as Parameters<typeof tProvinces>[0]) : undefined}>
            {row.original.locality ?? '—'}
          </span>
        ),
      }),
      helper.accessor('naceCode', {
        id: 'sector',
        cell: ({ row }) => (
          <span title={row.original.sector ?? undefined}>
            <span>{row.original.naceCode ?? '—'}</span> {row.original.sector}
          </span>
        ),
      }),
      helper.accessor('effectiveClass', {
        id: 'class',
        cell: ({ row }) => {
          const { effectiveClass, overrideClass, computedClass } = row.original;
          return (
            <ClassBadge
              value={effectiveClass}
              overridden={
                overrideClass ? `${t('overridden')}${overrideClass !== computedClass ? ` (${t('computed')}: ${tClasses(computedClass)})` : ''}` : undefined
              }
            />
          );
        },
      }),
      helper.accessor('coachingPriority', {
        id: 'priority',
        cell: ({ row }) => (
          <>
            {row.original.coachingPriority}
            {row.original.manualPriority !== null ? (
              <span role="img" aria-label={t('priorityManual')} title={t('priorityManual')}>
                ✎
              </span>
            ) : null}
          </>
        ),
      }),
      helper.accessor('digitalScore', { id: 'score', cell: (info) => info.getValue() ?? '—' }),
      helper.accessor('revenueChangePct', { id: 'revenue', cell: (info) => percent(info.getValue()) }),
      helper.accessor('channelsInUseCount', { id: 'channels', cell: (info) => info.getValue() }),
      helper.accessor('advisorName', { id: 'advisor', cell: (info) => info.getValue() ?? <span className="text-slate-600">{t('unassigned')}</span> }),
      helper.accessor('lastContactAt', { id: 'lastContact', cell: (info) => date(info.getValue()) }),
      helper.accessor('nextFollowUpAt', {
        id: 'nextFollowUp',
        cell: ({ row }) => {
          const due = row.original.nextFollowUpAt;
          return (
            <span title={row.original.nextFollowUpOwner ?? undefined}>
              {date(due)}
              {/* Overdue against the time the page was rendered, the same on the server and in the browser. */}
              {due && new Date(due).getTime() < renderedAt ? (
                <span className="rounded-full bg-status-overdue-bg px-1.5 text-xs font-medium text-status-overdue-fg">{t('overdue')}</span>
              ) : null}
            </span>
          );
        },
      }),
      helper.accessor('updatedAt', { id: 'updated', cell: (info) => date(info.getValue()) }),
    ]);
  }, [t, tProvinces, tClasses, locale, renderedAt]);

  const table = useTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { rowSelection, columnVisibility, columnOrder },
    onRowSelectionChange: setRowSelection,
    onColumnVisibilityChange: setColumnVisibility,
    onColumnOrderChange: setColumnOrder,
  });

  // The phone cards' field names, translated once rather than in every row.
  const cardLabels: Record<string, string> = { priority: t('columns.priority'), nextFollowUp: t('columns.nextFollowUp') };
  const selectedIds = Object.keys(rowSelection).filter((id) => rowSelection[id]);
  const clearSelection = useCallback(() => setRowSelection({}), []);
  const tableRows = table.getRowModel().rows;
  const body = useRef<HTMLTableSectionElement>(null);
  const { active, setActive, onRowKeyDown } = useTableKeyboard({
    count: tableRows.length,
    body,
    open: (index) => setPeek(tableRows[index]?.id ?? null),
    toggle: (index) => tableRows[index]?.toggleSelected(),
    clearSelection,
    suspended: peek !== null,
  });
  // A new view starts with nothing selected: the selection belonged to rows no longer shown.
  const viewKey = triageSearchParams(query).toString();
  const [seenView, setSeenView] = useState(viewKey);
  if (viewKey !== seenView) {
    setSeenView(viewKey);
    setRowSelection({});
  }

  const { scroller, overflowing } = useOverflow();
  const visibleIds = table.getVisibleLeafColumns().map((column) => column.id);
  // Set from script (allowed by the content security policy, unlike a style attribute in the HTML).
  const tableElement = useRef<HTMLTableElement>(null);
  const minimum = minimumWidth(visibleIds);
  useEffect(() => {
    if (tableElement.current) tableElement.current.style.minWidth = `${minimum}rem`;
  }, [minimum]);

  const sortHref = (id: SortId) => {
    const dir = query.sort === id ? (query.dir === 'asc' ? 'desc' : 'asc') : id === 'priority' || id === 'score' || id === 'updated' ? 'desc' : 'asc';
    return `/advisor?${triageSearchParams(query, { sort: id, dir, page: 1 })}`;
  };
  const openFromRow = (event: MouseEvent<HTMLTableRowElement>, index: number) => {
    // Links, checkboxes and text selection keep their own meaning.
    if ((event.target as HTMLElement).closest('a, input, button, label') || window.getSelection()?.toString()) return;
    setActive(index);
    setPeek(tableRows[index]?.id ?? null);
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          {estimated ? t('countAbout', { total }) : t('count', { total })}
        </p>
        <p className="hidden text-xs text-slate-500 lg:block">{tw('shortcutsHint')}</p>
        <div className="ml-auto flex items-center gap-2">
          {canExport ? (
            <ExportDialog className={buttonClasses('secondary', 'sm', 'h-8 min-h-8')} selectedIds={[]} total={total} estimated={estimated}>
              <Download aria-hidden="true" className="size-4" />
              {tw('exportView')}
            </ExportDialog>
          ) : null}
          <TableSettingsMenu
            preferences={{ hidden: TRIAGE_COLUMN_IDS.filter((id) => columnVisibility[id] === false), order: columnOrder.filter(isColumnId), density }}
            onChange={(next) => {
              setColumnVisibility(Object.fromEntries(next.hidden.map((id) => [id, false])));
              setColumnOrder(['select', ...next.order]);
              setDensity(next.density);
            }}
          />
        </div>
      </div>
      <div
        ref={scroller}
        data-overflowing={overflowing || undefined}
        className={cx(
          'triage-scroll rounded-lg border border-slate-200 bg-white transition-opacity max-md:border-0 max-md:bg-transparent',
          pending && 'opacity-60',
        )}
      >
        <table
          className={cx(
            'triage w-full table-fixed border-separate border-spacing-0 text-left text-sm',
            density === 'compact' ? 'triage-compact' : 'triage-comfortable',
          )}
          ref={tableElement}
        >
          <caption className="sr-only">{t('caption')}</caption>
          <colgroup className="max-md:hidden">
            {visibleIds.map((id) => (
              <col key={id} className={COLUMN_WIDTH[id]} />
            ))}
          </colgroup>
          <thead className="max-md:sr-only">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const sorted = query.sort === id ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined;
                  const Icon = sorted === 'ascending' ? ArrowUp : sorted === 'descending' ? ArrowDown : ArrowUpDown;
                  return (
                    <th key={header.id} scope="col" aria-sort={sorted ?? (id === 'select' ? undefined : 'none')} data-column={id}>
                      {id === 'select' ? (
                        <table.FlexRender header={header} />
                      ) : (
                        <Link href={sortHref(id as SortId)} scroll={false} className="inline-flex items-center gap-1 hover:text-slate-950">
                          {id === 'score' || id === 'channels' ? tw(`shortColumns.${id}`) : t(`columns.${id as SortId}`)}
                          <Icon aria-hidden="true" className={cx('size-3.5', sorted ? 'text-slate-900' : 'text-slate-400')} />
                          {sorted ? <span className="sr-only">({sorted === 'ascending' ? t('sortAscending') : t('sortDescending')})</span> : null}
                        </Link>
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody ref={body}>
            {tableRows.map((row, index) => (
              <tr
                key={row.id}
                tabIndex={index === active ? 0 : -1}
                data-active={index === active || undefined}
                onClick={(event) => openFromRow(event, index)}
                onKeyDown={(event: KeyboardEvent<HTMLTableRowElement>) => onRowKeyDown(event, index)}
                onFocus={() => setActive(index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id} data-label={CARD_LABELS.has(cell.column.id) ? cardLabels[cell.column.id] : undefined}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="p-8 text-center text-slate-700">{t('empty')}</p> : null}
      </div>
      <SelectionBar selectedIds={selectedIds} advisors={advisors} canExport={canExport} onClear={clearSelection} total={total} estimated={estimated} />
      <QuickLook businessId={peek} onClose={() => setPeek(null)} />
    </div>
  );
}
