import { h, render, byId } from '../shared/dom';
import { start } from '../shared/page';
import { callServer } from '../shared/server';

start(
  () => callServer('getHelp'),
  (help) =>
    render(
      byId('app'),
      h('h1', {}, help.title),
      h('p', { className: 'muted' }, help.body),
      h('h2', {}, help.startTitle),
      h('ol', {}, ...help.steps.map((step) => h('li', {}, step))),
      h('h2', {}, help.menuTitle),
      h('ul', {}, ...help.items.map((item) => h('li', {}, h('b', {}, item.label), ' — ', item.text))),
    ),
);
