import { createSlice } from '@reduxjs/toolkit';
import type { PayloadAction } from '@reduxjs/toolkit';
import type { HostStatus } from '../../shared/protocol/hostStatus';
import type { HostCapabilities } from '../../shared/protocol/verbs';
import type { ConnectionState } from '../transport/hostLink';

/** How this window's replica relates to the host. */
export interface SyncState {
  /** Revision of the last applied change; null until the first snapshot arrives. */
  rev: number | null;
  connection: ConnectionState;
  /** Why the connection is refused or lost, when there is something useful to say. */
  connectionDetail: string | null;
  /** Save state and file of the open session, as the host reports it. */
  status: HostStatus | null;
  /** Host clock minus this window's clock, from the last snapshot. */
  clockOffsetMs: number;
  capabilities: HostCapabilities | null;
}

const initialState: SyncState = {
  rev: null,
  connection: 'connecting',
  connectionDetail: null,
  status: null,
  clockOffsetMs: 0,
  capabilities: null,
};

/** Bookkeeping of the replica: revision, connection, save status and clock offset. */
export const syncSlice = createSlice({
  name: 'sync',
  initialState,
  reducers: {
    connectionChanged: (state, action: PayloadAction<{ connection: ConnectionState; detail: string | null }>) => {
      state.connection = action.payload.connection;
      state.connectionDetail = action.payload.detail;
    },
    snapshotApplied: (state, action: PayloadAction<{ rev: number; status: HostStatus; clockOffsetMs: number }>) => {
      state.rev = action.payload.rev;
      state.status = action.payload.status;
      state.clockOffsetMs = action.payload.clockOffsetMs;
    },
    /** A projector link applied a room view (it has no file status). */
    viewApplied: (state, action: PayloadAction<{ rev: number; clockOffsetMs: number }>) => {
      state.rev = action.payload.rev;
      state.clockOffsetMs = action.payload.clockOffsetMs;
    },
    eventApplied: (state, action: PayloadAction<{ rev: number }>) => {
      state.rev = action.payload.rev;
    },
    statusChanged: (state, action: PayloadAction<HostStatus>) => {
      state.status = action.payload;
    },
    capabilitiesLoaded: (state, action: PayloadAction<HostCapabilities>) => {
      state.capabilities = action.payload;
    },
  },
});

/** Actions of the sync slice. */
export const syncActions = syncSlice.actions;
