import { useEffect, useState } from 'react';
import type { RowCell } from '../../hosts/office/office-tracker-host.js';
import { officerMessage } from '../../hosts/office/officer-message.js';
import type { TrackerHost } from './host-context.js';

export interface RowCells {
  cells: RowCell[];
  loading: boolean;
  problem: string | undefined;
}

/** The cells of one row of a sheet, read again whenever the sheet or the row changes. */
export function useRowCells(host: TrackerHost, sheet: string | undefined, row: number): RowCells {
  const [state, setState] = useState<RowCells>({ cells: [], loading: false, problem: undefined });
  useEffect(() => {
    if (sheet === undefined || !Number.isInteger(row) || row < 1) {
      setState({ cells: [], loading: false, problem: undefined });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true, problem: undefined }));
    host.readRow(sheet, row).then(
      (cells) => current && setState({ cells, loading: false, problem: undefined }),
      (error: unknown) => current && setState({ cells: [], loading: false, problem: officerMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [host, sheet, row]);
  return state;
}
