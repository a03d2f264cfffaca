import { useMemo } from 'react';
import { qrPath } from './qrPath';
import './joinScreen.css';

/** What the join screen shows: the workshop, where phones go and the room's code. */
export interface JoinScreenProps {
  title: string;
  /** "192.168.1.23:8765" */
  address: string;
  code: string;
  withTestIds: boolean;
}

/** The address a phone opens: the QR code carries the room code in the fragment, so scanning needs no typing. */
export function joinUrl(address: string, code: string): string {
  return `http://${address}/#${code}`;
}

/**
 * How the room joins from their phones, on the projector: a QR code (dark on white whatever the theme, as phone cameras
 * read best), the address to type for those who cannot scan, and the room's code, large enough to read from the back.
 */
export function JoinScreen({ title, address, code, withTestIds }: JoinScreenProps) {
  const qr = useMemo(() => qrPath(joinUrl(address, code)), [address, code]);
  return (
    <div className="pjoin" data-testid={withTestIds ? 'presenter-join' : undefined}>
      <svg className="pjoin-qr" viewBox={`0 0 ${qr.size} ${qr.size}`} role="img" aria-label={`QR code for ${joinUrl(address, code)}`} shapeRendering="crispEdges">
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
      <div className="pjoin-text">
        <p className="pjoin-workshop">{title}</p>
        <h1 className="pjoin-heading">Join from your phone</h1>
        {/* Each instruction labels what follows it: a list of terms, not headings, so a screen reader reads them paired. */}
        <dl className="pjoin-steps">
          <dt className="pjoin-step">Scan the code, or open</dt>
          <dd className="pjoin-address" data-testid={withTestIds ? 'presenter-join-address' : undefined}>
            {address}
          </dd>
          <dt className="pjoin-step">Room code</dt>
          <dd className="pjoin-code" data-testid={withTestIds ? 'presenter-join-code' : undefined} aria-label={`Room code ${code.split('').join(' ')}`}>
            {code}
          </dd>
        </dl>
        <p className="pjoin-note">Same Wi-Fi as this room. No app, no account.</p>
      </div>
    </div>
  );
}
