using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests.Soak;

/// <summary>
/// A steady, open-loop mix of questions and changes against the sample organisation: one request
/// every 1/rate seconds whatever the answers do (so a slow app is not given a rest), at most
/// <see cref="MaxBehind"/> worth of requests at once, and a fixed count (rate × seconds), so the run is
/// bounded in count and time. Every answer must be HTTP 200 without errors; each latency is kept by operation.
/// </summary>
public sealed class SoakLoad(HttpClient http, string organisationId, IReadOnlyList<string> personIds, IReadOnlyList<string> staffIds, int seed)
{
    /// <summary>
    /// More than this many seconds' worth of requests waiting for answers means the app fell behind: the
    /// rest are counted as errors. Seconds, not a count: on a shared 2-core machine the app can be starved
    /// of the CPU for a second or two (a load average of 15 was seen), which a soak should survive.
    /// </summary>
    public static readonly TimeSpan MaxBehind = TimeSpan.FromSeconds(10);

    private readonly Random _random = new(seed);
    private readonly List<string> _errors = [];
    private int _inFlight;
    private int _availabilityToggle;

    public Latencies Latencies { get; } = new();

    public int Sent { get; private set; }

    public int Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count;
            }
        }
    }

    /// <summary>The first errors met (at most 20), for the failure message.</summary>
    public IReadOnlyList<string> FirstErrors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors.Take(20)];
            }
        }
    }

    public IReadOnlyList<SoakOperation> Mix => field ??= BuildMix();

    public async Task RunAsync(double perSecond, TimeSpan duration, CancellationToken cancellationToken)
    {
        var count = (int)(perSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        var maxInFlight = (int)Math.Ceiling(perSecond * MaxBehind.TotalSeconds);
        var started = Stopwatch.GetTimestamp();
        var running = new List<Task>(count);
        for (var i = 0; i < count && !cancellationToken.IsCancellationRequested; i++)
        {
            var wait = (interval * i) - Stopwatch.GetElapsedTime(started);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var (operation, query, variables) = Next();
            Sent++;
            if (Interlocked.Increment(ref _inFlight) > maxInFlight)
            {
                Interlocked.Decrement(ref _inFlight);
                Fail($"{operation.Name}: not sent, {maxInFlight} requests ({MaxBehind.TotalSeconds:0} s' worth) were already waiting (the app fell behind)");
                continue;
            }

            running.Add(SendAsync(operation, query, variables));
        }

        await Task.WhenAll(running);
    }

    private (SoakOperation Operation, string Query, object Variables) Next()
    {
        lock (_random)
        {
            var pick = _random.Next(Mix.Sum(o => o.Weight));
            foreach (var operation in Mix)
            {
                if (pick < operation.Weight)
                {
                    var (query, variables) = operation.Make(_random);
                    return (operation, query, variables);
                }

                pick -= operation.Weight;
            }
        }

        throw new InvalidOperationException("The mix has no operations.");
    }

    private async Task SendAsync(SoakOperation operation, string query, object variables)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
            var body = await response.Content.ReadAsStringAsync();
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (!response.IsSuccessStatusCode)
            {
                Fail($"{operation.Name}: HTTP {(int)response.StatusCode}: {Shorten(body)}");
                return;
            }

            var result = JsonNode.Parse(body)!;
            if (result["errors"] is { } errors)
            {
                Fail($"{operation.Name}: {Shorten(errors.ToJsonString())}");
                return;
            }

            Latencies.Add(operation.Name, elapsed);
        }
        catch (Exception e)
        {
            Fail($"{operation.Name}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private List<SoakOperation> BuildMix()
    {
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        string Person(Random r) => personIds[r.Next(personIds.Count)];
        string Colleague(Random r) => staffIds[r.Next(staffIds.Count)];
        return
        [
            new("sizeCheck", 15, false, _ => ("query ($o: ID!) { organisation(id: $o) { sizeCheck(adding: 1) { status peopleSupported findings { code status message } } } }", new { o = organisationId })),
            new("whoKnowsEveryone", 10, false, _ => ("query ($o: ID!) { organisation(id: $o) { whoKnowsEveryone { name role } knowsGaps { kind staff { name } person { name } } } }", new { o = organisationId })),
            new("team", 25, false, r => ("query ($p: ID!) { person(id: $p) { name team { coveredHoursPerWeek members { staff { name availability { status } } match { stage } hoursPerWeek } } } }", new { p = Person(r) })),
            new("due", 10, false, _ => ("query ($o: ID!) { organisation(id: $o) { due(within: 7) { kind dueOn overdue message } } }", new { o = organisationId })),
            new("workforce", 10, false, _ => ("query ($o: ID!) { organisation(id: $o) { workforce { postsTotal postsFilled vacancyRate turnoverRate stabilityIndex } } }", new { o = organisationId })),
            new("colleague", 15, false, r => ("query ($s: ID!) { staffMember(id: $s) { name availability { status } knows { id } } }", new { s = Colleague(r) })),
            new("recordKnows", 10, true, r => ("mutation ($i: RecordKnowsInput!) { recordKnows(input: $i) { id } }",
                new { i = new { staffId = Colleague(r), personId = Person(r), lastTogetherOn = yesterday, clientMutationId = Key(r) } })),
            new("setAvailability", 5, true, r => ("mutation ($i: SetAvailabilityInput!) { setAvailability(input: $i) { id availability { status } } }",
                new { i = new { staffId = Colleague(r), status = Interlocked.Increment(ref _availabilityToggle) % 2 == 0 ? "AVAILABLE" : "ON_LEAVE", clientMutationId = Key(r) } })),
        ];
    }

    private static string Key(Random random) => $"soak-{random.NextInt64():x16}";

    private void Fail(string error)
    {
        lock (_errors)
        {
            _errors.Add(error);
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
