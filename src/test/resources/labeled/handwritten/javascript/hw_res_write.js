// sast: vulnerable cwe=79
const http = require('http');
const express = require('express');
const app = express();

app.get('/hello', (req, res) => {
  res.write('<h1>' + req.query.msg + '</h1>');
  res.end();
});

http.createServer(app).listen(3000);
