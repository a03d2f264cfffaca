import { useDispatch, useSelector, useStore } from 'react-redux';
import type { AppDispatch, ReplicaStore, RootState } from './store';

/** Typed useSelector for the replica store. */
export const useAppSelector = useSelector.withTypes<RootState>();
/** Typed useDispatch for the replica store. */
export const useAppDispatch = useDispatch.withTypes<AppDispatch>();
/** Typed useStore for the replica store. */
export const useAppStore = useStore.withTypes<ReplicaStore>();
