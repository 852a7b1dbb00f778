// sast: vulnerable cwe=89
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

app.get('/elsebranch', (req, res) => {
  const param = req.query.name;
  const num = 196;
  let bar;
  if (Math.floor(500 / 42) + num > 200 && false) {
    bar = "never";
  } else {
    bar = param;
  }
  db.query("SELECT * FROM users WHERE name = '" + bar + "'", (e, rows) => res.json(rows));
});

function decorate(p) {
  return "[" + p + "]";
}

function constant(p) {
  return "constant";
}

module.exports = app;
