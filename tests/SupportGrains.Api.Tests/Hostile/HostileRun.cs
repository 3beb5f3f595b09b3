using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// Sends hostile requests to a running app one at a time, and judges each answer: no 5xx, an
/// answer at all (within 30 s), the app's CPU time over the request (from /proc, before and after)
/// at most <see cref="MaxCpuPerRequest"/>, its resident memory at most the limit given, and every
/// refusal clear: a GraphQL error with a message, or a 4xx whose body says why — never an empty
/// answer, nor "Unexpected execution error" (the mask for a server fault) for what a caller sent.
/// </summary>
/// <remarks><paramref name="tokens"/>: each identity's bearer token, or for a cookie identity its Cookie header value.</remarks>
public sealed class HostileRun(Uri address, int processId, IReadOnlyDictionary<string, string> tokens, long maxResidentBytes) : IDisposable
{
    /// <summary>The most CPU time one request may cost the app.</summary>
    public static readonly TimeSpan MaxCpuPerRequest = TimeSpan.FromSeconds(1);

    private const int MaxBodyRead = 8 * 1024 * 1024;
    private const string Masked = "Unexpected execution error";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    })
    {
        BaseAddress = address,
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Sends the request, waits for the whole answer, and judges it.</summary>
    public Task<HostileResult> SendAsync(HostileRequest request) => SendAsync(request, retried: false);

    private async Task<HostileResult> SendAsync(HostileRequest request, bool retried)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = Message(request);
        if (retried)
        {
            message.Headers.ConnectionClose = true;
        }

        var cpuBefore = ProcessStats.CpuTime(processId);
        var started = Stopwatch.StartNew();
        int status;
        string outcome;
        string? problem;
        string bodyStart;
        using var timeout = new CancellationTokenSource(RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (status == 200 && mediaType == "text/event-stream")
            {
                // A subscription's stream stays open: that it opened is the answer; closing it ends the subscription.
                (outcome, problem, bodyStart) = ("200 event stream", null, "(stream)");
            }
            else
            {
                var body = await ReadAsync(response.Content, timeout.Token);
                bodyStart = Preview(body);
                (outcome, problem) = Judge(request, status, mediaType, body);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            (status, outcome, problem, bodyStart) = (0, "no answer", $"no answer within {RequestTimeout.TotalSeconds:0} s", "");
        }
        catch (HttpRequestException e) when (OverKestrelLimits(request))
        {
            // Kestrel answers a request line or body over its limits (414, 413) and closes the
            // connection while the client is still sending: the client sees a broken pipe, not the answer.
            (status, outcome, problem, bodyStart) = (0, "closed while sending (over the limits)", null, e.Message);
        }
        catch (HttpRequestException e) when (!retried)
        {
            // A pooled connection the server had already closed: sent again once, asking to close after it (the app must answer that).
            _ = e;
            return await SendAsync(request, retried: true);
        }
        catch (HttpRequestException e)
        {
            (status, outcome, problem, bodyStart) = (0, "connection failed", $"the connection failed (sent twice): {e.Message} {e.InnerException?.Message}", "");
        }

        var cpu = ProcessStats.CpuTime(processId) - cpuBefore;
        if (problem is null && cpu > MaxCpuPerRequest)
        {
            problem = $"{cpu.TotalMilliseconds:0} ms of CPU (at most {MaxCpuPerRequest.TotalMilliseconds:0} ms)";
        }

        return new HostileResult(request, status, outcome, cpu, started.Elapsed, problem, bodyStart);
    }

    /// <summary>The app's resident memory now, with a problem when it is over the limit.</summary>
    public (long Bytes, string? Problem) Memory()
    {
        var bytes = ProcessStats.ResidentBytes(processId);
        return (bytes, bytes > maxResidentBytes ? $"resident memory {bytes / (1024 * 1024)} MB, over the limit of {maxResidentBytes / (1024 * 1024)} MB" : null);
    }

    /// <summary>The status /health answers with (0 when it does not answer).</summary>
    public async Task<int> HealthAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(RequestTimeout);
            using var response = await _http.GetAsync("/health", timeout.Token);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Whom this Cookie header signs in, asked of GraphQL (null for no one).</summary>
    public async Task<string?> CookieUsernameAsync(string cookie)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\": \"{ me { username } }\"}", Encoding.UTF8, "application/json"),
        };
        message.Headers.TryAddWithoutValidation("Cookie", cookie);
        using var response = await _http.SendAsync(message);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.GetProperty("me") is { ValueKind: JsonValueKind.Object } me ? me.GetProperty("username").GetString() : null;
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Message(HostileRequest request)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Target);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.Remove("Content-Type");
            if (request.ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, value))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        if (request.Identity is { } cookie && cookie.StartsWith(HostileGenerator.CookiePrefix, StringComparison.Ordinal))
        {
            message.Headers.TryAddWithoutValidation("Cookie", tokens[cookie]);
        }
        else if (request.Identity is { } identity && !request.Headers.Any(h => h.Key == "Authorization"))
        {
            message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + tokens[identity]);
        }

        return message;
    }

    // Kestrel's request line limit is 8 KB; the app's body limits are 16 KB for /api/token and 1 MB elsewhere.
    private static bool OverKestrelLimits(HostileRequest request) =>
        request.Target.Length > 8 * 1024 || request.Body?.Length > (request.Target.StartsWith("/api/token", StringComparison.Ordinal) ? 16 * 1024 : 1024 * 1024);

    private static (string Outcome, string? Problem) Judge(HostileRequest request, int status, string mediaType, byte[] body)
    {
        if (status >= 500)
        {
            return ($"{status}", $"HTTP {status}");
        }

        if (request.ExpectedStatus is { } expected && status != expected)
        {
            return ($"{status} not refused", $"HTTP {status}, not the refusal {expected}");
        }

        if (status is >= 300 and < 400)
        {
            return ($"{status} redirect", null);
        }

        if (request.Method == "HEAD")
        {
            // An answer to HEAD never has a body: its status is all there is to judge.
            return ($"{status} (HEAD)", null);
        }

        var isJson = mediaType.Contains("json", StringComparison.Ordinal);
        if (!isJson)
        {
            // Kestrel's own refusals (request line or headers too long) have no body, before any of the app runs: the status says why.
            if (status >= 400 && body.Length == 0 && status is not (414 or 431))
            {
                return ($"{status} empty", $"HTTP {status} with an empty body");
            }

            return ($"{status} {Shape(mediaType)}", null);
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return ($"{status} bad JSON", $"HTTP {status} with a body that is not JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            var hasData = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null;
            var errors = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var e) && e.ValueKind == JsonValueKind.Array ? e : default;
            if (errors.ValueKind == JsonValueKind.Undefined)
            {
                if (status >= 400 && root.ValueKind == JsonValueKind.Object && root.EnumerateObject().Any())
                {
                    return ($"{status} JSON", null);
                }

                return status >= 400 ? ($"{status} JSON without errors", $"HTTP {status} without errors saying why") : ($"{status} data", null);
            }

            foreach (var error in errors.EnumerateArray())
            {
                var messageText = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                if (string.IsNullOrWhiteSpace(messageText))
                {
                    return ($"{status} error without message", "an error without a message");
                }

                if (messageText.StartsWith(Masked, StringComparison.Ordinal))
                {
                    return ($"{status} masked error", $"\"{Masked}\" for what the caller sent");
                }
            }

            return ($"{status} {(hasData ? "data and errors" : "errors")}", null);
        }
    }

    private static string Shape(string mediaType) => mediaType switch
    {
        "" => "no content type",
        "text/html" => "HTML",
        "text/plain" => "text",
        _ => mediaType,
    };

    private static async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0 && buffer.Length < MaxBodyRead)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
        return body.Length > 400 ? text + "…" : text;
    }
}
