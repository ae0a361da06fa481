// The portal's own script: switches the page language; the widgets follow the `lang` attribute.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
  button.addEventListener('click', () => {
    const lang = button.dataset.lang ?? 'en'; // (the selector asks for data-lang)
    document.documentElement.lang = lang;
    const key = lang.startsWith('zh') ? 'zh' : 'en';
    for (const el of document.querySelectorAll<HTMLElement>('[data-zh]')) el.textContent = el.dataset[key] ?? '';
  });
}
