import '../styles/base.css';
import '../styles/control.css';
import { bootstrap } from '../app/bootstrap';
import { ControlApp } from './ControlApp';

bootstrap('control', <ControlApp />);
