export { startBot, REPO_ROOT, type BotOptions, type RunningBot } from './bot';
export { startPlayground, DEFAULT_PLAYGROUND_PORT, type PlaygroundOptions, type RunningPlayground } from './playground';
export { freePort, spawnChild, waitForHttp, StartError, type Child } from './processes';
export { launchChromium, CHROMIUM_ARGS, CHROMIUM_PATH, type Browser } from './chromium';
