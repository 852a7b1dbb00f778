// sast: vulnerable cwe=79
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
const ejs = require('ejs');
app.get('/x', (req, res) => {
  const page = ejs.render('<h1>' + req.query.title + '</h1>');
  res.json({ page });
});
