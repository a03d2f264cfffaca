import '../app/base.css';
import './presenter.css';
import { bootstrap } from '../app/bootstrap';
import { PresenterApp } from './PresenterApp';

bootstrap('presenter', <PresenterApp />);
