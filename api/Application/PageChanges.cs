using System.Text.Json;

namespace SupportGrains.Api.Application;

/// <summary>
/// How a page makes a change: with the audit context the GraphQL API gives its mutations (who, the
/// operation and its input, an idempotency key), a refusal recorded in the audit trail, and the
/// outcome handed back as a value so the page shows a refusal in words beside the control (and
/// keeps what was entered) instead of losing the circuit to an exception.
/// </summary>
public sealed partial class PageChanges(Access.Access access, ILogger<PageChanges> logger)
{
    /// <summary>Shown when a change failed for a reason that is not the user's to fix.</summary>
    public const string NotSaved = "This could not be saved just now: nothing was changed. Try again in a moment.";

    /// <summary>
    /// Runs <paramref name="apply"/> as the operation named like its GraphQL mutation, with
    /// <paramref name="input"/> as the input the audit trail keeps. <paramref name="clientMutationId"/>
    /// makes a repeated attempt of the same change (a double tap, a retry) apply once.
    /// </summary>
    public async Task<ChangeOutcome<T>> TryAsync<T>(string operation, object input, Func<ChangeContext, Task<T>> apply, string? clientMutationId = null, string? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(apply);
        var change = access.Change(operation, clientMutationId ?? Guid.NewGuid().ToString("N"), new Dictionary<string, object?> { ["input"] = AuditInput(input) });
        try
        {
            return ChangeOutcome<T>.Of(await Refusals.RecordedAsync(access, change, organisationId, () => apply(change)));
        }
        catch (DomainException refusal)
        {
            return ChangeOutcome<T>.Refused(refusal.Message);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, operation);
            return ChangeOutcome<T>.Refused(NotSaved);
        }
    }

    // The input as the GraphQL API records it: a JSON object with camelCase fields.
    private static Dictionary<string, object?> AuditInput(object input) =>
        JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(input, AuditJson), AuditJson) ?? [];

    private static readonly JsonSerializerOptions AuditJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    [LoggerMessage(1, LogLevel.Error, "A page's change {Operation} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation);
}
