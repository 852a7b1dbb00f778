// sast: vulnerable cwe=78
// Known limit: a promisified exec is not recognised as a sink.
const util = require('util');
const { exec } = require('child_process');
const execAsync = util.promisify(exec);
const router = require('express').Router();

router.post('/build', async (req, res) => {
  const { target } = req.body;
  const { stdout } = await execAsync('make ' + target);
  res.json({ stdout });
});

module.exports = router;
