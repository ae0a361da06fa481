// collectkit in React 19: React sets a custom element's known properties as properties (adapterOptions
// gets the object itself) and turns `on<event>` props into listeners (`onck-select`, `onck-error`).
import 'collectkit/define.js'; // define the elements before React renders them
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { describeSelection, otherLang, portfolio } from '../shared/portfolio.js';

// One object for the life of the page: a new object on every render would reconfigure the source.
const options = { data: portfolio };

function Widgets({ lang, onSelect, onError }) {
  return (
    <ck-source id="example" adapter="static" adapterOptions={options}>
      <ck-overdue-trend buckets="M1,M2" lang={lang} onck-select={(e) => onSelect(e.detail)} onck-error={(e) => onError(e.detail)} />
      <ck-complaint-trend lang={lang} onck-error={(e) => onError(e.detail)} />
    </ck-source>
  );
}

function App() {
  const [lang, setLang] = useState('en');
  const [mounted, setMounted] = useState(true);
  const [selected, setSelected] = useState('');
  const [errors, setErrors] = useState([]);
  const toggle = () => {
    setMounted(!mounted);
    setErrors([]);
  };
  return (
    <main>
      <h1>collectkit in React</h1>
      <button id="lang" onClick={() => setLang(otherLang(lang))}>{lang === 'en' ? '中文' : 'English'}</button>
      <button id="mount" onClick={toggle}>{mounted ? 'Unmount' : 'Mount'}</button>
      <p id="selected">{selected}</p>
      <ul id="errors">
        {errors.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      {mounted && <Widgets lang={lang} onSelect={(d) => setSelected(describeSelection(d))} onError={(d) => setErrors((list) => [...list, d.message])} />}
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
