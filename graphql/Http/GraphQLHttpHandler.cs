using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP draft): GET for queries, POST with JSON, content
/// negotiation between application/graphql-response+json and application/json (which decides
/// the status of request errors), 405 for mutations over GET, server-sent events for
/// subscriptions, the SDL at <c>?sdl</c> and the IDE for browsers.
/// </summary>
internal sealed partial class GraphQLHttpHandler(GraphQLExecutor executor, GraphQLHttpOptions options)
{
    private readonly IdePage _ide = new(options);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, $"GraphQL is served with GET and POST, not {request.Method}.");
            return;
        }

        if (isGet && options.ExposeSdl && request.Query.ContainsKey("sdl"))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(_ide.Sdl(executor.Schema), http.RequestAborted);
            return;
        }

        if (isGet && options.EnableIde && !request.Query.ContainsKey("query") && AcceptsHtml(request))
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(_ide.Html, http.RequestAborted);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"None of the accepted types ({request.Headers.Accept}) can be produced: accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var parameters = isGet ? FromQueryString(request) : await FromBodyAsync(http);
        if (parameters.Error is { } error)
        {
            await WriteErrorAsync(http, parameters.Status, mediaType == MediaTypes.EventStream ? MediaTypes.Json : mediaType, error);
            return;
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var prepared = executor.Prepare(parameters.Query!);
        var requestErrorStatus = mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        if (prepared.Errors.Count > 0)
        {
            var invalid = new ExecutionResult(null, prepared.Errors, hasData: false);
            executor.Report(null, invalid, started);
            await WriteResultAsync(http, requestErrorStatus, Unstreamed(mediaType), invalid);
            return;
        }

        var operation = prepared.FindOperation(parameters.OperationName, out var operationError);
        if (operation is null)
        {
            var unchosen = ExecutionResult.RequestError(operationError!);
            executor.Report(null, unchosen, started);
            await WriteResultAsync(http, requestErrorStatus, Unstreamed(mediaType), unchosen);
            return;
        }

        if (isGet && operation.Operation != OperationType.Query)
        {
            http.Response.Headers.Allow = "POST";
            await WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, Unstreamed(mediaType),
                $"A {Language.Printer.OperationName(operation.Operation)} must be sent with POST; GET only runs queries.");
            return;
        }

        var executionRequest = new ExecutionRequest
        {
            Query = parameters.Query,
            OperationName = parameters.OperationName,
            Variables = parameters.Variables,
            Services = http.RequestServices,
            UserContext = http,
        };

        if (mediaType == MediaTypes.EventStream)
        {
            await StreamAsync(http, executionRequest);
            return;
        }

        if (operation.Operation == OperationType.Subscription)
        {
            await WriteErrorAsync(http, StatusCodes.Status400BadRequest, mediaType,
                $"Subscriptions are served as server-sent events: send the request with Accept: {MediaTypes.EventStream}.");
            return;
        }

        var result = await executor.ExecuteAsync(executionRequest, http.RequestAborted);
        await WriteResultAsync(http, result.HasData ? StatusCodes.Status200OK : requestErrorStatus, mediaType, result);
    }

    private static string Unstreamed(string mediaType) => mediaType == MediaTypes.EventStream ? MediaTypes.Json : mediaType;

    private static bool AcceptsHtml(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    private async Task StreamAsync(HttpContext http, ExecutionRequest request)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.Body.FlushAsync(http.RequestAborted);
        try
        {
            await foreach (var result in executor.SubscribeAsync(request, http.RequestAborted))
            {
                await WriteEventAsync(response.BodyWriter, "next", result, http.RequestAborted);
            }

            await WriteEventAsync(response.BodyWriter, "complete", null, http.RequestAborted);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: the stream ends with the connection.
        }
    }

    private static async Task WriteEventAsync(PipeWriter output, string name, ExecutionResult? result, CancellationToken cancellationToken)
    {
        Write(output, $"event: {name}\ndata: ");
        if (result is not null)
        {
            ResultJson.Write(result, output);
        }

        Write(output, "\n\n");
        await output.FlushAsync(cancellationToken);
    }

    private static void Write(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length * 3);
        var written = System.Text.Encoding.UTF8.GetBytes(text, span);
        output.Advance(written);
    }

    private static async Task WriteResultAsync(HttpContext http, int status, string mediaType, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = mediaType + "; charset=utf-8";

        // Written whole first, so the answer goes with its Content-Length: headers and body leave in one
        // send, where a body written as it is made goes chunked and takes a second send to end
        // (measured: a send is the largest single cost of a small answer; README "Benchmarks").
        using var body = new PooledBufferWriter(4096);
        using (var writer = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Values.JsonText.Options.Encoder, SkipValidation = true }))
        {
            ResultJson.Write(result, writer);
        }

        response.ContentLength = body.WrittenCount;
        await response.Body.WriteAsync(body.WrittenMemory, http.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext http, int status, string mediaType, string message) =>
        WriteResultAsync(http, status, mediaType, ExecutionResult.RequestError(new GraphQLError(message)));
}
