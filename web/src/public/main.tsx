import { createRoot } from 'react-dom/client';
import '../accessible.css';
import { RegisterApp } from './RegisterApp.js';

createRoot(document.getElementById('root')!).render(<RegisterApp />);
