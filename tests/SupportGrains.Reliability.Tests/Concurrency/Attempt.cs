using System.Text.Json;
using SupportGrains.Grains.Common;
using ErrorCode = SupportGrains.Grains.Common.ErrorCode;

namespace SupportGrains.Reliability.Tests.Concurrency;

/// <summary>
/// One change sent straight to its grain with a clientMutationId of its own, among many sent at once:
/// acknowledged (with its result), or refused (with the code and message). An answer lost to a
/// timeout or a store that did not confirm says nothing about the change, so it is sent again with
/// the same clientMutationId until it is answered, as a careful client would.
/// </summary>
public sealed class Attempt
{
    private const int MostSendings = 20;

    private Attempt(string key, string what)
    {
        Key = key;
        What = what;
    }

    /// <summary>The clientMutationId.</summary>
    public string Key { get; }

    /// <summary>The operation, as the audit trail names it.</summary>
    public string What { get; }

    public bool Acknowledged { get; private set; }

    public object? Result { get; private set; }

    public string? RefusalCode { get; private set; }

    public string? RefusalMessage { get; private set; }

    /// <summary>How many times it was sent (more than once after a lost answer).</summary>
    public int Sendings { get; private set; }

    /// <summary>When it was acknowledged or refused, by the test's clock.</summary>
    public DateTimeOffset AnsweredAt { get; private set; }

    /// <summary>The change as a grain takes it: its key, and an operation and input so it is written with its audit entry.</summary>
    public ChangeContext Change => new(Key) { Operation = What, Input = JsonSerializer.Serialize(new { clientMutationId = Key }) };

    public static async Task<Attempt> SendAsync<T>(string key, string what, Func<ChangeContext, Task<T>> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var attempt = new Attempt(key, what);

        // Every change starts on its own, so the grain gets them all at once rather than in the order they were made.
        await Task.Yield();
        while (true)
        {
            attempt.Sendings++;
            try
            {
                attempt.Result = await call(attempt.Change);
                attempt.Acknowledged = true;
                break;
            }
            catch (DomainException e) when (e.Code != ErrorCode.StoreUnavailable)
            {
                (attempt.RefusalCode, attempt.RefusalMessage) = (e.Code, e.Message);
                break;
            }
            catch (Exception e) when (attempt.Sendings < MostSendings && e is TimeoutException or DomainException or Orleans.Runtime.OrleansMessageRejectionException)
            {
                // Lost: send it again with the same clientMutationId.
            }
        }

        attempt.AnsweredAt = DateTimeOffset.UtcNow;
        return attempt;
    }

    public T ResultAs<T>() => (T)(Result ?? throw new InvalidOperationException($"{this} was not acknowledged."));

    public override string ToString() => $"{What} {Key}";
}
