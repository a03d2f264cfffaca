import '../app/base.css';
import './control.css';
import { bootstrap } from '../app/bootstrap';
import { ControlApp } from './ControlApp';

bootstrap('control', <ControlApp />);
