// Runs GraphQL requests through graphql-js, for the .NET cross-check tests.
// Input: one JSON object per line {sdl, rootValue, query, variables, operationName}.
// Output: one JSON line per input: {query, result} with graphql-js' result (parse → validate → execute,
// default resolvers). The query "@introspection" stands for graphql-js' full introspection query.
import { createInterface } from 'node:readline';
import { buildSchema, parse, validate, execute, getIntrospectionQuery, GraphQLError } from 'graphql';

const schemas = new Map();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (line.trim() === '') continue;
  const request = JSON.parse(line);
  if (request.query === '@introspection') {
    request.query = getIntrospectionQuery({
      descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true,
      schemaDescription: true, inputValueDeprecation: true, oneOf: true,
    });
  }
  process.stdout.write(JSON.stringify({ query: request.query, result: await run(request) }) + '\n');
}

async function run({ sdl, rootValue, query, variables, operationName }) {
  let schema = schemas.get(sdl);
  if (!schema) {
    schema = buildSchema(sdl);
    schemas.set(sdl, schema);
  }
  let document;
  try {
    document = parse(query);
  } catch (error) {
    return { errors: [toJson(error)] };
  }
  const errors = validate(schema, document);
  if (errors.length > 0) return { errors: errors.map(toJson) };
  const result = await execute({ schema, document, rootValue, variableValues: variables, operationName });
  return JSON.parse(JSON.stringify({ ...result, errors: result.errors?.map(toJson) }));
}

function toJson(error) {
  return error instanceof GraphQLError ? error.toJSON() : { message: String(error) };
}
