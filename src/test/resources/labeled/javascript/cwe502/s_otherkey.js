// sast: safe cwe=502
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

app.get('/otherkey', (req, res) => {
  const param = req.query.name;
  const o = { a: "safe", b: param };
  const bar = o.a;
  const obj = serialize.unserialize(bar);
  res.json(obj);
});

function decorate(p) {
  return "[" + p + "]";
}

function constant(p) {
  return "constant";
}

module.exports = app;
