/**
 * The sandboxed preload: the only door between a Groundwork page and the
 * host. It exposes one named function per host verb and a push listener,
 * never ipcRenderer itself or a generic "send to any channel".
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { BridgeRole, GroundworkBridge } from '../shared/protocol/preloadApi';
import type { PushDelivery } from '../shared/protocol/messages';
import { PUSH_CHANNEL, verbChannel } from '../shared/protocol/ipcChannels';

function roleFromArgs(argv: readonly string[]): BridgeRole {
  return argv.includes('--groundwork-role=presenter') ? 'presenter' : 'control';
}

const bridge = {
  role: roleFromArgs(process.argv),
  call: {
    'session.snapshot': (args) => ipcRenderer.invoke(verbChannel('session.snapshot'), args),
    'session.dispatch': (args) => ipcRenderer.invoke(verbChannel('session.dispatch'), args),
    'session.create': (args) => ipcRenderer.invoke(verbChannel('session.create'), args),
    'session.open': (args) => ipcRenderer.invoke(verbChannel('session.open'), args),
    'session.save': (args) => ipcRenderer.invoke(verbChannel('session.save'), args),
    'session.saveAs': (args) => ipcRenderer.invoke(verbChannel('session.saveAs'), args),
    'session.close': (args) => ipcRenderer.invoke(verbChannel('session.close'), args),
    'session.openBackup': (args) => ipcRenderer.invoke(verbChannel('session.openBackup'), args),
    'files.list': (args) => ipcRenderer.invoke(verbChannel('files.list'), args),
    'recent.list': (args) => ipcRenderer.invoke(verbChannel('recent.list'), args),
    'recovery.list': (args) => ipcRenderer.invoke(verbChannel('recovery.list'), args),
    'recovery.restore': (args) => ipcRenderer.invoke(verbChannel('recovery.restore'), args),
    'recovery.dismiss': (args) => ipcRenderer.invoke(verbChannel('recovery.dismiss'), args),
    'workshops.list': (args) => ipcRenderer.invoke(verbChannel('workshops.list'), args),
    'workshops.read': (args) => ipcRenderer.invoke(verbChannel('workshops.read'), args),
    'workshops.check': (args) => ipcRenderer.invoke(verbChannel('workshops.check'), args),
    'workshops.save': (args) => ipcRenderer.invoke(verbChannel('workshops.save'), args),
    'settings.setWorkshopFolder': (args) => ipcRenderer.invoke(verbChannel('settings.setWorkshopFolder'), args),
    'report.export': (args) => ipcRenderer.invoke(verbChannel('report.export'), args),
    'presenter.open': (args) => ipcRenderer.invoke(verbChannel('presenter.open'), args),
    'presenter.swapDisplays': (args) => ipcRenderer.invoke(verbChannel('presenter.swapDisplays'), args),
    'presenter.reportScreen': (args) => ipcRenderer.invoke(verbChannel('presenter.reportScreen'), args),
    'host.capabilities': (args) => ipcRenderer.invoke(verbChannel('host.capabilities'), args),
    'phones.addresses': (args) => ipcRenderer.invoke(verbChannel('phones.addresses'), args),
    'phones.open': (args) => ipcRenderer.invoke(verbChannel('phones.open'), args),
    'phones.close': (args) => ipcRenderer.invoke(verbChannel('phones.close'), args),
  },
  onPush(listener: (delivery: PushDelivery) => void): () => void {
    const forward = (_event: IpcRendererEvent, delivery: PushDelivery): void => listener(delivery);
    ipcRenderer.on(PUSH_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(PUSH_CHANNEL, forward);
    };
  },
} satisfies GroundworkBridge;

contextBridge.exposeInMainWorld('groundwork', bridge);
