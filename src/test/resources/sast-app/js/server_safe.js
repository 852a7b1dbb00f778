const express = require('express');
const escapeHtml = require('escape-html');
const { execFile } = require('child_process');
const app = express();
const TARGETS = ['/home', '/account'];

app.get('/greet', (req, res) => {
  res.send('<p>Hello ' + escapeHtml(req.query.name) + '</p>');
});

app.get('/go', (req, res) => {
  const to = req.query.to;
  res.redirect(TARGETS.includes(to) ? to : '/home');
});

app.post('/backup', (req, res) => {
  const label = parseInt(req.body.label, 10);
  execFile('tar', ['czf', '/backups/' + label + '.tgz', '/srv/data'], () => res.end());
});

module.exports = app;
