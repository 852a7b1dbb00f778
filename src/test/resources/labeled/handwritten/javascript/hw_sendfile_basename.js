// sast: safe cwe=22
const path = require('path');
const express = require('express');
const app = express();
const ROOT = '/srv/files';

app.get('/files/:f', (req, res) => {
  const file = path.join(ROOT, path.basename(req.params.f));
  res.sendFile(file);
});

module.exports = app;
