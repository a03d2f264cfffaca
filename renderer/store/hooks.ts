import { useDispatch, useSelector, useStore } from 'react-redux';
import type { AppDispatch, ReplicaStore, RootState } from './store';
import type { RoomRootState } from './roomStore';
import type { SyncState } from './syncSlice';

/** Typed useSelector for the control window's replica store. */
export const useAppSelector = useSelector.withTypes<RootState>();
/** Typed useDispatch for the control window's replica store. */
export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
/** Typed useStore for the control window's replica store. */
export const useAppStore = useStore.withTypes<ReplicaStore>();
/** Typed useSelector for the presenter window's replica store. */
export const useRoomSelector = useSelector.withTypes<RoomRootState>();
/** useSelector for what both windows hold (the sync bookkeeping), for code both pages share. */
export const useSyncSelector = useSelector.withTypes<{ sync: SyncState }>();
