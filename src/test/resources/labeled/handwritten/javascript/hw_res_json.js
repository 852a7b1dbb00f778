// sast: safe cwe=79
const express = require('express');
const app = express();

app.get('/hello', (req, res) => {
  res.json({ msg: req.query.msg });
});

module.exports = app;
