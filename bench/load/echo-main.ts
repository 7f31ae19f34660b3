import { createEchoServer } from '../echo-bot';

/** The echo bot as its own process on PORT, so the load benchmark runs it exactly as it runs the bot. */
const port = Number(process.env.PORT ?? 0);
createEchoServer().listen(port, '127.0.0.1');
