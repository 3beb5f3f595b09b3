using System.Text.Json.Nodes;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>One answer to one sending of a change: what kind of answer, the mutation field's result, the refusal's code, and what went wrong otherwise.</summary>
public sealed record Reply(Answer Answer, JsonNode? Result, string? Code, string? Detail)
{
    /// <summary>True when the request never reached the app (nothing listened): the change cannot have been made.</summary>
    public bool NotDelivered { get; init; }
}
