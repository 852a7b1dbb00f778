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
const Koa = require('koa');
const koa = new Koa();
koa.use(async (ctx) => {
  const bar = ctx.query.name;
  exec("ls " + bar, (e, out) => ctx.res.end(out));
});
