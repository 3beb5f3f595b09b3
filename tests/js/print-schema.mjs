// Prints an SDL (read from standard input) the way graphql-js printSchema does.
import { buildSchema, printSchema } from 'graphql';

let sdl = '';
for await (const chunk of process.stdin) sdl += chunk;
process.stdout.write(printSchema(buildSchema(sdl)));
