// sast: safe cwe=501
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

app.get('/helperconst', (req, res) => {
  const param = req.query.name;
  const bar = constant(param);
  req.session.user = bar;
  res.end();
});

function decorate(p) {
  return "[" + p + "]";
}

function constant(p) {
  return "constant";
}

module.exports = app;
