/**
 * The sandboxed preload: the only door between a Groundwork page and the
 * host. It exposes one named function per host verb and a push listener,
 * never ipcRenderer itself or a generic "send to any channel".
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeRole, GroundworkBridge } from '../shared/protocol/preloadApi';
import type { PushMessage } from '../shared/protocol/messages';
import { PUSH_CHANNEL } from '../shared/protocol/ipcChannels';


function roleFromArgs(argv: readonly string[]): BridgeRole {
  return argv.includes('--groundwork-role=presenter') ? 'presenter' : 'control';
}

const bridge = {
  role: roleFromArgs(process.argv),
  call: {
    'session.snapshot': (args) => ipcRenderer.invoke('groundwork:session.snapshot', args),
    'session.dispatch': (args) => ipcRenderer.invoke('groundwork:session.dispatch', args),
    'session.create': (args) => ipcRenderer.invoke('groundwork:session.create', args),
    'session.open': (args) => ipcRenderer.invoke('groundwork:session.open', args),
    'session.save': (args) => ipcRenderer.invoke('groundwork:session.save', args),
    'session.saveAs': (args) => ipcRenderer.invoke('groundwork:session.saveAs', args),
    'session.close': (args) => ipcRenderer.invoke('groundwork:session.close', args),
    'session.openBackup': (args) => ipcRenderer.invoke('groundwork:session.openBackup', args),
    'files.list': (args) => ipcRenderer.invoke('groundwork:files.list', args),
    'recent.list': (args) => ipcRenderer.invoke('groundwork:recent.list', args),
    'recovery.list': (args) => ipcRenderer.invoke('groundwork:recovery.list', args),
    'recovery.restore': (args) => ipcRenderer.invoke('groundwork:recovery.restore', args),
    'recovery.dismiss': (args) => ipcRenderer.invoke('groundwork:recovery.dismiss', args),
    'workshops.list': (args) => ipcRenderer.invoke('groundwork:workshops.list', args),
    'settings.setWorkshopFolder': (args) => ipcRenderer.invoke('groundwork:settings.setWorkshopFolder', args),
    'report.export': (args) => ipcRenderer.invoke('groundwork:report.export', args),
    'presenter.open': (args) => ipcRenderer.invoke('groundwork:presenter.open', args),
    'presenter.swapDisplays': (args) => ipcRenderer.invoke('groundwork:presenter.swapDisplays', args),
    'presenter.reportScreen': (args) => ipcRenderer.invoke('groundwork:presenter.reportScreen', args),
    'host.capabilities': (args) => ipcRenderer.invoke('groundwork:host.capabilities', args),
  },
  onPush(listener: (message: PushMessage) => void): () => void {
    const forward = (_event: IpcRendererEvent, message: PushMessage): void => listener(message);
    ipcRenderer.on(PUSH_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, forward);
    };
  },
} satisfies GroundworkBridge;

contextBridge.exposeInMainWorld('groundwork', bridge);
