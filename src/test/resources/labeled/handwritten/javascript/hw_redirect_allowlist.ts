// sast: safe cwe=601
import express, { Request, Response } from 'express';

const app = express();
const TARGETS = new Set(['/home', '/account']);

app.get('/out', (req: Request, res: Response) => {
  const to = String(req.query.to);
  if (!TARGETS.has(to)) {
    return res.redirect('/home');
  }
  return res.redirect(to);
});

export default app;
