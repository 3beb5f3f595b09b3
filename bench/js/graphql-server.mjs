// The graphql-js peer of the GraphQL bench: graphql-http's Node handler over graphql-js, serving
// starwars.graphql with starwars.json, the same schema and data as the .NET server.
// Usage: node graphql-server.mjs <port>
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';

const schema = buildSchema(readFileSync(new URL('./starwars.graphql', import.meta.url), 'utf8'));
const rows = JSON.parse(readFileSync(new URL('./starwars.json', import.meta.url), 'utf8'));
const byId = new Map();
for (const row of rows) {
  byId.set(row.id, {
    ...row,
    friends: () => row.friends.map((id) => byId.get(id)),
    height: ({ unit }) => (row.height == null ? null : unit === 'FOOT' ? row.height * 3.28084 : row.height),
  });
}
const find = (typename) => ({ id }) => { const c = byId.get(id); return c && c.__typename === typename ? c : null; };
const rootValue = {
  hello: () => 'world',
  hero: ({ episode }) => byId.get(episode === 'EMPIRE' ? '1000' : '2001'),
  human: find('Human'),
  droid: find('Droid'),
  characters: () => [...byId.values()],
};

const handler = createHandler({ schema, rootValue });
const port = Number(process.argv[2] ?? 4000);
http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) handler(req, res);
  else { res.writeHead(404).end(); }
}).listen(port, '127.0.0.1', () => console.log(`listening on ${port}`));
