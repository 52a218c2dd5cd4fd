import { callServer } from '../shared/server';

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} missing`);
  return element;
}

callServer('getHelp')
  .then(({ title, body }) => {
    byId('title').textContent = title;
    byId('body').textContent = body;
  })
  .catch((error: Error) => {
    const box = byId('error');
    box.textContent = error.message;
    box.hidden = false;
  });
