// sast: safe cwe=611
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

app.get('/allowlist', (req, res) => {
  const param = req.query.name;
  if (!ALLOWED.includes(param)) {
    return res.status(400).end();
  }
  const bar = param;
  const doc = libxmljs.parseXml(bar, { noent: true });
  res.json({ root: doc.root().name() });
});

function decorate(p) {
  return "[" + p + "]";
}

function constant(p) {
  return "constant";
}

module.exports = app;
