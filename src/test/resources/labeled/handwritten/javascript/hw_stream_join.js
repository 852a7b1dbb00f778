// sast: vulnerable cwe=22
const fs = require('fs');
const path = require('path');
const express = require('express');
const app = express();

app.get('/download', (req, res) => {
  fs.createReadStream(path.join(__dirname, 'public', req.query.f)).pipe(res);
});

module.exports = app;
