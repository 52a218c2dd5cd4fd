import { byId, h, render } from '../shared/dom';
import { callServer } from '../shared/server';

callServer('getHelp')
  .then((help) => {
    byId('title').textContent = help.title;
    render(
      byId('content'),
      h('p', {}, help.body),
      h('h2', {}, help.startTitle),
      h('ol', {}, ...help.steps.map((step) => h('li', {}, step))),
      h('h2', {}, help.menuTitle),
      h('ul', {}, ...help.items.map((item) => h('li', {}, h('b', {}, item.label), ' — ', item.text))),
    );
  })
  .catch((error: Error) => {
    const box = byId('error');
    box.textContent = error.message;
    box.hidden = false;
  });
