import type { AddressInfo } from 'node:net';
import { createEchoServer } from '../../bench/echo-bot';
import { message } from '../support/activities';
import { ConnectorStandIn } from '../support/connector-stand-in';

/** The benchmark's baseline must really go through the stack and reply, or its timings mean nothing. */
it('replies with the text it got, through restify, CloudAdapter and teams-ai', async () => {
  const connector = await ConnectorStandIn.start();
  const server = createEchoServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message('eko eko', { serviceUrl: connector.url })) });
    expect(res.status).toBe(200);
    const [reply] = await connector.waitForMessages(1);
    expect(reply?.text).toBe('eko eko');
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    await connector.stop();
  }
});

it('answers every message with the given activity when one is given (the card baseline)', async () => {
  const connector = await ConnectorStandIn.start();
  const card = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Svar' }] };
  const server = createEchoServer({ reply: { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] } });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(message('eko eko', { serviceUrl: connector.url })) });
    await connector.waitForMessages(1);
    expect(connector.cards()).toEqual([card]);
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
    await connector.stop();
  }
});
