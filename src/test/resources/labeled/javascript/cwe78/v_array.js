// sast: vulnerable cwe=78
const express = require('express');
const fs = require('fs');
const path = require('path');
const axios = require('axios');
const xpath = require('xpath');
const libxmljs = require('libxmljs');
const serialize = require('node-serialize');
const escapeHtml = require('escape-html');
const { exec, execFile } = require('child_process');
const app = express();
const ALLOWED = ['alice', 'bob'];
let db, client, doc;

app.get('/array', (req, res) => {
  const param = req.query.name;
  const items = ["safe"];
  items.push(param);
  const bar = items[1];
  exec("ls " + bar, (e, out) => res.send(out));
});

function decorate(p) {
  return "[" + p + "]";
}

function constant(p) {
  return "constant";
}

module.exports = app;
