// sast: safe cwe=89
const { Pool } = require('pg');
const pool = new Pool();
const router = require('express').Router();

router.get('/orders/:id', async (req, res) => {
  const { rows } = await pool.query('SELECT * FROM orders WHERE id = $1', [req.params.id]);
  res.json(rows);
});

module.exports = router;
