using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Http;

/// <summary>Reading the request parameters (query, operationName, variables, extensions) from a GET or a POST.</summary>
internal sealed partial class GraphQLHttpHandler
{
    private static RequestParameters FromQueryString(HttpRequest request)
    {
        var query = request.Query["query"];
        if (query.Count != 1 || string.IsNullOrEmpty(query[0]))
        {
            return RequestParameters.Fail("The request has no query: send ?query=... (or POST a JSON body).");
        }

        IReadOnlyDictionary<string, object?>? variables = null;
        if (request.Query.TryGetValue("variables", out var variablesText) && !string.IsNullOrEmpty(variablesText[0]))
        {
            if (!TryParseObject(variablesText[0]!, out variables, out var error))
            {
                return RequestParameters.Fail($"The variables parameter is not a JSON object: {error}");
            }
        }

        if (request.Query.TryGetValue("extensions", out var extensionsText) && !string.IsNullOrEmpty(extensionsText[0])
            && !TryParseObject(extensionsText[0]!, out _, out var extensionsError))
        {
            return RequestParameters.Fail($"The extensions parameter is not a JSON object: {extensionsError}");
        }

        var operationName = request.Query["operationName"];
        return new RequestParameters(query[0], operationName.Count > 0 && operationName[0]!.Length > 0 ? operationName[0] : null, variables);
    }

    private async Task<RequestParameters> FromBodyAsync(HttpContext http)
    {
        var request = http.Request;
        if (!MediaTypes.IsJsonBody(request.ContentType))
        {
            return RequestParameters.Fail(
                request.ContentType is null
                    ? "A POST needs a Content-Type: application/json body."
                    : $"The Content-Type {request.ContentType} is not supported: send application/json (UTF-8).",
                StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > options.MaxRequestBodySize)
        {
            await RefuseBodyAsync(http);
            return RequestParameters.Fail($"The request body is larger than {options.MaxRequestBodySize} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadBodyAsync(request, options.MaxRequestBodySize, http.RequestAborted);
        if (body is null)
        {
            await RefuseBodyAsync(http);
            return RequestParameters.Fail($"The request body is larger than {options.MaxRequestBodySize} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        try
        {
            return FromJson(body.Value);
        }
        finally
        {
            // Consume the body once it is parsed, so the connection can carry the next request.
            request.BodyReader.AdvanceTo(body.Value.End);
        }
    }

    private RequestParameters FromJson(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            return RequestParameters.Fail("The request body is empty: send {\"query\": \"...\"}.");
        }

        // System.Text.Json checks the bytes of a string only when it is read, and then throws
        // InvalidOperationException, not JsonException: check the whole body first.
        if (InvalidUtf8At(body) is { } at)
        {
            return RequestParameters.Fail($"The request body is not valid UTF-8: byte {at} starts no character. Send JSON encoded as UTF-8.");
        }

        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return RequestParameters.Fail("The request body must be a JSON object with a query.");
            }

            string? query = null;
            string? operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "query":
                        if (property.Value.ValueKind != JsonValueKind.String)
                        {
                            return RequestParameters.Fail("The query parameter must be a string.");
                        }

                        query = property.Value.GetString();
                        break;
                    case "operationName":
                        if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            return RequestParameters.Fail("The operationName parameter must be a string or null.");
                        }

                        operationName = property.Value.GetString();
                        break;
                    case "variables":
                        if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return RequestParameters.Fail("The variables parameter must be an object or null.");
                        }

                        variables = JsonText.ToValue(property.Value) as IReadOnlyDictionary<string, object?>;
                        break;
                    case "extensions":
                        if (property.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return RequestParameters.Fail("The extensions parameter must be an object or null.");
                        }

                        break;
                }
            }

            return string.IsNullOrEmpty(query)
                ? RequestParameters.Fail("The request has no query parameter.")
                : new RequestParameters(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables);
        }
        catch (JsonException e)
        {
            return RequestParameters.Fail($"The request body is not valid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // A \u escape of half a surrogate pair: valid JSON syntax, but no text.
            return RequestParameters.Fail($"The request body has a string that is not valid Unicode: {e.Message}");
        }
    }

    private static long? InvalidUtf8At(ReadOnlySequence<byte> body)
    {
        var bytes = body.IsSingleSegment ? body.FirstSpan : body.ToArray();
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }

        // Only for the error message: where the first bad byte is.
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == OperationStatus.InvalidData ? read : bytes.Length;
    }

    /// <summary>
    /// Before a 413: a body of up to a few times the limit is read and dropped, so a client still
    /// sending it gets the answer rather than a reset connection; a bigger one closes the connection.
    /// </summary>
    private async Task RefuseBodyAsync(HttpContext http)
    {
        var drainLimit = Math.Min(4 * options.MaxRequestBodySize, 16L * 1024 * 1024);
        if (http.Request.ContentLength is { } length && length > drainLimit)
        {
            http.Response.Headers.Connection = "close";
            return;
        }

        var reader = http.Request.BodyReader;
        long drained = 0;
        while (drained <= drainLimit)
        {
            var read = await reader.ReadAsync(http.RequestAborted);
            drained += read.Buffer.Length;
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted)
            {
                return;
            }
        }

        http.Response.Headers.Connection = "close";
    }

    private static async Task<ReadOnlySequence<byte>?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            if (read.Buffer.Length > limit)
            {
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                // The caller parses the buffer, then consumes it (AdvanceTo its end).
                return read.Buffer;
            }

            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
    }

    private static bool TryParseObject(string text, out IReadOnlyDictionary<string, object?>? value, out string? error)
    {
        value = null;
        error = null;
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            value = JsonText.ToValue(document.RootElement) as IReadOnlyDictionary<string, object?>;
            if (value is null)
            {
                error = "it is not an object";
            }

            return value is not null;
        }
        catch (JsonException e)
        {
            error = e.Message;
            return false;
        }
        catch (InvalidOperationException e)
        {
            error = $"it has a string that is not valid Unicode: {e.Message}";
            return false;
        }
    }

    private sealed record RequestParameters(string? Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables)
    {
        public string? Error { get; private init; }

        public int Status { get; private init; } = StatusCodes.Status400BadRequest;

        public static RequestParameters Fail(string error, int status = StatusCodes.Status400BadRequest) =>
            new(null, null, null) { Error = error, Status = status };
    }
}
