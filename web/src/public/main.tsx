import { createRoot } from 'react-dom/client';
import { RegisterApp } from './RegisterApp.js';

createRoot(document.getElementById('root')!).render(<RegisterApp />);
