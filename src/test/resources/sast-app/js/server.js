const express = require('express');
const { exec } = require('child_process');
const app = express();

app.get('/greet', (req, res) => {
  res.send('<p>Hello ' + req.query.name + '</p>');
});

app.get('/go', (req, res) => {
  res.redirect(req.query.to);
});

app.post('/backup', (req, res) => {
  exec('tar czf /backups/' + req.body.label + '.tgz /srv/data', () => res.end());
});

module.exports = app;
