const fs = require('fs');
const { execSync } = require('child_process');
const express = require('express');

const app = express();
const template = fs.readFileSync(__dirname + '/invoice.html', 'utf8');

app.get('/invoice/:id', async (req, res) => {
  const order = await db.orders.findByPk(req.params.id);
  const css = fs.readFileSync(__dirname + '/invoice.css', 'utf8'); // expect: js.perf.sync-io-in-handler
  res.send(render(template, { order, css }));
});

app.post('/import', async (req, res) => {
  for (const row of req.body.rows) {
    await db.users.create(row); // expect: js.perf.await-in-loop
  }
  res.sendStatus(204);
});

app.post('/import-bulk', async (req, res) => {
  await db.users.bulkCreate(req.body.rows);
  res.sendStatus(204);
});

async function archive(dir) {
  return execSync(`tar czf archive.tgz ${dir}`); // expect: js.perf.sync-io-in-handler
}

function buildAtStartup(dir) {
  return execSync(`make -C ${dir}`);
}

function tags(posts) {
  const unique = [];
  for (const p of posts) {
    for (const t of p.tags) {
      if (!unique.includes(t)) { // expect: js.perf.includes-then-push
        unique.push(t);
      }
    }
  }
  return unique;
}

function tagsFast(posts) {
  return [...new Set(posts.flatMap((p) => p.tags))];
}

function allowed(items, blocked) {
  const out = [];
  for (const i of items) {
    if (!blocked.includes(i)) {
      out.push(i);
    }
  }
  return out;
}

function byId(users) {
  return users.reduce((acc, u) => ({ ...acc, [u.id]: u }), {}); // expect: js.perf.spread-accumulator
}

function byIdFast(users) {
  return users.reduce((acc, u) => {
    acc[u.id] = u;
    return acc;
  }, {});
}

function withUsers(orders, users) {
  return orders.map((o) => ({ ...o, user: users.find((u) => u.id === o.userId) })); // expect: js.perf.lookup-in-loop
}

function withUsersFast(orders, users) {
  const index = new Map(users.map((u) => [u.id, u]));
  return orders.map((o) => ({ ...o, user: index.get(o.userId) }));
}

function highlight(words, terms) {
  return words.map((w) => {
    for (const t of terms) {
      if (new RegExp(`^${t}`, 'i').test(w)) return `<b>${w}</b>`; // expect: js.perf.regexp-constructor-in-loop
    }
    return w;
  });
}

function clone(state) {
  return JSON.parse(JSON.stringify(state)); // expect: js.perf.json-deep-clone
}

function parseBody(text) {
  return JSON.parse(text);
}

async function pages(client) {
  let page = await client.first();
  const all = [];
  while (page) {
    all.push(...page.items);
    page = await page.next();
  }
  return all;
}

async function consume(stream) {
  for await (const chunk of stream) {
    process.stdout.write(chunk);
  }
}

module.exports = { app, archive, buildAtStartup, tags, tagsFast, allowed, byId, byIdFast, withUsers, withUsersFast };
