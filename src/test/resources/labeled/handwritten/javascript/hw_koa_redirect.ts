// sast: vulnerable cwe=601
import Koa from 'koa';
import Router from '@koa/router';

const router = new Router();
router.get('/out', async (ctx: Koa.Context) => {
  const target = ctx.query.to as string;
  ctx.redirect(target);
});

export default router;
