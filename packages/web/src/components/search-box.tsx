/**
 * The study-wide search box in the top bar. `/` anywhere outside a text field focuses it; Enter
 * opens the results page.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { href, navigate } from '../router.js';
import { isPlainKey, isTyping } from './keys.js';

export function SearchBox({ initial }: { initial: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(initial);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || !isPlainKey(event) || isTyping(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query.trim()) navigate(href.search(query.trim()));
  };

  return (
    <form className="search-box" role="search" onSubmit={submit}>
      <label htmlFor="study-search" className="visually-hidden">
        Search the study
      </label>
      <input
        ref={input}
        id="study-search"
        type="search"
        placeholder="Search the study (press /)"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        maxLength={500}
        autoComplete="off"
      />
      <button type="submit">Search</button>
    </form>
  );
}
