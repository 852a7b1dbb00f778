// sast: vulnerable cwe=89
const { Pool } = require('pg');
const pool = new Pool();
const router = require('express').Router();

router.get('/orders/:id', async (req, res) => {
  const q = `SELECT * FROM orders WHERE id = ${req.params.id}`;
  const { rows } = await pool.query(q);
  res.json(rows);
});

module.exports = router;
