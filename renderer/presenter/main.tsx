import '../styles/base.css';
import '../styles/presenter.css';
import { bootstrap } from '../app/bootstrap';
import { PresenterApp } from './PresenterApp';

bootstrap('presenter', <PresenterApp />);
